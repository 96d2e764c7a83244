package io.stint.compat.chronicle.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the ChronicleCore-compatible API ({@code etc/io.stint.compat.chronicle.cfg}). */
@ObjectClassDefinition(name = "Stint ChronicleCore API", description = "ChronicleCore's endpoints and shapes over Stint's data")
@interface ChronicleConfig {

    String PID = "io.stint.compat.chronicle";

    @AttributeDefinition(name = "Base path", description = "Where the API is served: /chronicle serves"
            + " /chronicle/api/v1/blocks; / serves ChronicleCore's own paths (for an installation without Stint's /api/v1)")
    String base_path() default ChronicleApplication.DEFAULT_BASE;

    @AttributeDefinition(name = "Local user", description = "The user a loopback request without a token acts as;"
            + " empty: every request needs a token")
    String local_user() default "admin";

    @AttributeDefinition(name = "Body limit", description = "Largest request body accepted, in bytes; larger ones answer 413")
    long body_limit_bytes() default 1_048_576L;
}
