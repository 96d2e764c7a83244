package io.stint.capture.api;

/** Whether a person was working (a window had focus) or away from the machine. */
public enum ActivityState {
    /** Working: the event names the application, window or site in front of the person. */
    ACTIVE,
    /** Away: no input for longer than the source's idle threshold. */
    IDLE
}
