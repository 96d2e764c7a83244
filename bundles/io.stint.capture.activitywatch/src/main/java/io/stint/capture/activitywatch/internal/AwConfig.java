package io.stint.capture.activitywatch.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the ActivityWatch API ({@code etc/io.stint.capture.activitywatch.cfg}). */
@ObjectClassDefinition(name = "Stint ActivityWatch API", description = "The ActivityWatch server API at /api/0")
@interface AwConfig {

    String PID = "io.stint.capture.activitywatch";

    @AttributeDefinition(name = "Local user", description = "The user a loopback request without a token acts as;"
            + " empty: every request needs a token")
    String local_user() default "admin";

    @AttributeDefinition(name = "Testing", description = "Whether /api/0/info reports testing: true")
    boolean testing() default false;

    @AttributeDefinition(name = "Body limit", description = "Largest request body accepted, in bytes; larger ones answer 413")
    long body_limit_bytes() default 1_048_576L;

    @AttributeDefinition(name = "Write queue", description = "Heartbeats and writes waiting for the writer at most;"
            + " more answer 503")
    int queue_capacity() default 50_000;

    @AttributeDefinition(name = "Acknowledgement timeout", description = "Milliseconds a write waits for its commit before 503")
    long ack_timeout_millis() default 10_000L;
}
