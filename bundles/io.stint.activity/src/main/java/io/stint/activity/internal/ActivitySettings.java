package io.stint.activity.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The activity module's settings, PID {@code io.stint.activity}. */
@ObjectClassDefinition(name = "Stint activity", description = "Tracking control, segmentation of events into blocks.")
public @interface ActivitySettings {

    String PID = "io.stint.activity";

    @AttributeDefinition(description = "The user native capture (X11, replay) records for: the person at this machine")
    String local_user() default "admin";

    @AttributeDefinition(description = "A user's tracking state before they first start, pause or stop it: ACTIVE or STOPPED")
    String initial_state() default "ACTIVE";

    @AttributeDefinition(description = "Pieces of activity at most this far apart (seconds) join one block")
    long merge_gap_seconds() default 120;

    @AttributeDefinition(description = "A piece shorter than this (seconds) is merged into its neighbouring block")
    long min_block_seconds() default 60;

    @AttributeDefinition(description = "How often (seconds) new events are segmented into blocks in the background")
    long rollup_interval_seconds() default 60;
}
