package io.stint.rest.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Stint REST", description = "Limits of Stint's HTTP API.")
@interface RestConfig {

    @AttributeDefinition(description = "Largest request body accepted, in bytes; larger ones answer 413")
    long max_body_bytes() default 1_048_576L;
}
