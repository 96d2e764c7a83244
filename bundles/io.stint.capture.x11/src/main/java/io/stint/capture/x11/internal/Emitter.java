package io.stint.capture.x11.internal;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivitySink;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns polls into events without gaps: the time between two polls goes to what the second one saw
 * (the active window, or idle), so the events of an unbroken run of polls add up to its length.
 */
final class Emitter {

    static final String SOURCE_ID = "x11";

    private final ActivitySink sink;
    private final String host;
    private final long idleThresholdMillis;
    private final long pulseMillis;
    private Instant previous; // the last poll that was recorded; null: the timeline starts at the next poll
    private Instant resumed;  // when recording last resumed after a pause; idle is never back-dated before it
    private boolean idle;

    Emitter(ActivitySink sink, String host, long idleThresholdMillis, long pulseMillis) {
        this.sink = sink;
        this.host = host;
        this.idleThresholdMillis = idleThresholdMillis;
        this.pulseMillis = pulseMillis;
    }

    /** Tracking is paused or stopped: nothing is recorded, and the time until the next poll is nobody's. */
    void paused(Instant now) {
        previous = null;
        idle = false;
        resumed = now;
    }

    /** A poll at {@code now} saw {@code window} (null: none active) and no input for {@code idleMillis}. */
    void poll(Instant now, ActiveWindow window, long idleMillis) {
        Instant since = previous;
        previous = now;
        if (since != null && now.isBefore(since)) {
            return; // the clock went back: the timeline starts over here rather than run backwards
        }
        boolean wasIdle = idle;
        idle = idleMillis >= idleThresholdMillis;
        boolean recorded = true;
        if (idle && !wasIdle) {
            // Entering idle: the person left at their last input, which earlier polls counted as active.
            Instant start = now.minusMillis(idleMillis);
            if (resumed != null && start.isBefore(resumed)) {
                start = resumed;
            }
            recorded = sink.record(null, ActivityEvent.idle(start, Duration.between(start, now).toMillis(),
                    SOURCE_ID, host));
        } else if (since != null && idle) {
            recorded = sink.heartbeat(null, ActivityEvent.idle(since, millis(since, now), SOURCE_ID, host),
                    pulseMillis);
        } else if (since != null && window != null) {
            recorded = sink.heartbeat(null, ActivityEvent.active(since, millis(since, now), window.app(),
                    window.title(), SOURCE_ID, host), pulseMillis);
        }
        if (!recorded) {
            paused(now); // tracking was paused between the check and the call
        }
    }

    private static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }
}
