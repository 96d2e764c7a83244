package io.stint.capture.activitywatch.internal;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An ActivityWatch event: {@code {"id", "timestamp", "duration", "data"}}.
 *
 * @param id the stored id, or null before it is stored (and for events a query made)
 * @param timestamp the start exactly as the client sent it (ActivityWatch answers with that string)
 * @param start the start as an instant, for ordering and arithmetic
 * @param duration seconds, never negative
 * @param data the event's data object, compared by value for heartbeat merging
 */
public record AwEvent(Long id, String timestamp, Instant start, double duration, ObjectNode data) {

    /** When it ends: start plus duration. */
    public Instant end() {
        return start.plusNanos(Math.round(duration * 1_000_000_000d));
    }

    /** This event with another id. */
    public AwEvent withId(Long newId) {
        return new AwEvent(newId, timestamp, start, duration, data);
    }
}
