package io.stint.admin.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Whether module management may change the running system, PID {@code io.stint.admin}. */
@ObjectClassDefinition(name = "Stint module management",
        description = "Installing a bundle runs its code: uploading, starting, stopping, updating and removing modules is off until enabled.")
public @interface AdminSettings {

    String PID = "io.stint.admin";

    @AttributeDefinition(description = "true: admins may upload, start, stop, update and remove modules through /api/v1/admin and the shell")
    boolean enabled() default false;

    @AttributeDefinition(description = "Largest bundle jar an upload may carry, in bytes; larger ones answer 413")
    long upload_max_bytes() default 20L * 1024 * 1024;
}
