package io.stint.capture.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a source's events go: Stint's activity module. It records them for the source's user
 * unless that user's tracking is paused or stopped, in which case it drops them and
 * {@link #recording} says so. Calls are cheap and thread-safe; they never throw for a stored
 * event's content (a malformed event is refused with {@link IllegalArgumentException}).
 */
@ProviderType
public interface ActivitySink {

    /**
     * Records {@code event} for {@code userId}, or for the installation's local user when
     * {@code userId} is null (the person at this machine: native capture). An event with the same
     * source, user and start as one already recorded replaces it (an event still in progress grows).
     *
     * @return whether it was recorded (false while that user's tracking is not ACTIVE)
     */
    boolean record(Long userId, ActivityEvent event);

    /**
     * Records {@code event} as ActivityWatch's heartbeat does: if the source's last event for that
     * user saw the same activity and {@code event} starts no later than its end plus
     * {@code pulseMillis}, that event is extended to cover {@code event}; otherwise {@code event} is
     * recorded as a new one.
     *
     * @return whether it was recorded (false while that user's tracking is not ACTIVE)
     */
    boolean heartbeat(Long userId, ActivityEvent event, long pulseMillis);

    /** Whether events for {@code userId} (null: the local user) are recorded right now. */
    boolean recording(Long userId);
}
