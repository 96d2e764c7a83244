package io.stint.activity.internal.segment;

/**
 * One captured event as the segmenter sees it: the half-open interval [startMs, endMs) in epoch
 * millis, ACTIVE or IDLE, and what was in front of the user (any of the strings may be null).
 */
public record SegEvent(long startMs, long endMs, boolean idle, String app, String title, String domain) {

    public SegEvent {
        if (endMs < startMs) {
            throw new IllegalArgumentException("event ends before it starts: " + startMs + ".." + endMs);
        }
    }

    /** An ACTIVE event. */
    public static SegEvent active(long startMs, long endMs, String app, String title, String domain) {
        return new SegEvent(startMs, endMs, false, app, title, domain);
    }

    /** An IDLE event. */
    public static SegEvent idle(long startMs, long endMs) {
        return new SegEvent(startMs, endMs, true, null, null, null);
    }
}
