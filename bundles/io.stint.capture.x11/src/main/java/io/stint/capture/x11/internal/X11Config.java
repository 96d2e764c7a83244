package io.stint.capture.x11.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Stint capture: X11",
        description = "Records the active window and idle time of the X display this server runs on.")
@interface X11Config {

    @AttributeDefinition(description = "How often the active window and idle time are read, in milliseconds")
    long poll_interval_millis() default 1000;

    @AttributeDefinition(description = "No keyboard or pointer input for this many seconds counts as idle")
    long idle_threshold_seconds() default 300;

    @AttributeDefinition(description = "The X display, e.g. :0; empty means the DISPLAY environment variable")
    String display() default "";
}
