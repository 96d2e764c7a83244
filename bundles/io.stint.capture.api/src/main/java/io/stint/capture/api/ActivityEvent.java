package io.stint.capture.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One stretch of activity as a source saw it.
 *
 * @param start when it began (UTC)
 * @param durationMillis how long it lasted so far, in milliseconds, never negative; a source that
 *        keeps seeing the same thing sends the event again with the same start and a longer duration,
 *        or uses {@link ActivitySink#heartbeat}
 * @param state {@link ActivityState#ACTIVE} or {@link ActivityState#IDLE}
 * @param app the application (e.g. {@code firefox}, {@code EXCEL.EXE}), or null when unknown or idle
 * @param title the window or tab title, or null
 * @param url the page address when the source knows it, or null
 * @param domain the page's host when known (derived from {@code url} when not given), or null
 * @param sourceId the emitting source, e.g. {@code x11} or {@code aw-watcher-window_myhost}
 * @param host the machine the activity happened on
 */
public record ActivityEvent(Instant start, long durationMillis, ActivityState state, String app, String title,
        String url, String domain, String sourceId, String host) {

    public ActivityEvent {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sourceId, "sourceId");
        if (durationMillis < 0) {
            throw new IllegalArgumentException("durationMillis must not be negative: " + durationMillis);
        }
        if (domain == null && url != null) {
            domain = Domains.of(url);
        }
    }

    /** An ACTIVE event in front of {@code app} / {@code title}. */
    public static ActivityEvent active(Instant start, long durationMillis, String app, String title, String sourceId,
            String host) {
        return new ActivityEvent(start, durationMillis, ActivityState.ACTIVE, app, title, null, null, sourceId, host);
    }

    /** An IDLE event. */
    public static ActivityEvent idle(Instant start, long durationMillis, String sourceId, String host) {
        return new ActivityEvent(start, durationMillis, ActivityState.IDLE, null, null, null, null, sourceId, host);
    }

    /** When it ended (so far). */
    public Instant end() {
        return start.plusMillis(durationMillis);
    }

    /** Whether {@code other} saw the same thing: state, app, title, url and domain are equal. */
    public boolean sameActivity(ActivityEvent other) {
        return state == other.state && Objects.equals(app, other.app) && Objects.equals(title, other.title)
                && Objects.equals(url, other.url) && Objects.equals(domain, other.domain);
    }

    /** This event, lasting {@code millis}. */
    public ActivityEvent withDuration(long millis) {
        return new ActivityEvent(start, millis, state, app, title, url, domain, sourceId, host);
    }
}
