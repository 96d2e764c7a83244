package io.stint.tracking.api;

/** A timer was started while the user already had one running. */
public class TimerAlreadyRunningException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient TimeEntry running;

    public TimerAlreadyRunningException(TimeEntry running) {
        super("A timer is already running");
        this.running = running;
    }

    /** The timer that runs, or null if it stopped meanwhile. */
    public TimeEntry running() {
        return running;
    }
}
