package io.stint.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Stint REST", description = "Limits of Stint's HTTP API.")
@interface RestConfig {

    @AttributeDefinition(description = "Largest request body accepted, in bytes; larger ones answer 413")
    long max_body_bytes() default 1_048_576L;

    @AttributeDefinition(description = "Paths (prefixes) that take uploads up to max.upload.bytes instead: bundle jars")
    String[] upload_paths() default { "/api/v1/admin/modules" };

    @AttributeDefinition(description = "Largest request body accepted on the upload paths, in bytes")
    long max_upload_bytes() default 67_108_864L;
}
