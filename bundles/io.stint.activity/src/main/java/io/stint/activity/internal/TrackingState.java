package io.stint.activity.internal;

/** A user's tracking state: capture is recorded only while ACTIVE. */
enum TrackingState {
    STOPPED, ACTIVE, PAUSED
}
