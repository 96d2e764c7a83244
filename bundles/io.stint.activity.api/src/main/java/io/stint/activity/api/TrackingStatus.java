package io.stint.activity.api;

import java.time.Instant;

/**
 * A user's tracking state and what their capture saw last.
 *
 * @param state {@code STOPPED}, {@code ACTIVE} or {@code PAUSED}
 * @param lastActiveAt when they were last active, or null
 * @param idleSeconds how long they have been idle (0 when active)
 * @param app the application in front of them, or null
 * @param title its window title, or null
 */
public record TrackingStatus(String state, Instant lastActiveAt, long idleSeconds, String app, String title) {
}
