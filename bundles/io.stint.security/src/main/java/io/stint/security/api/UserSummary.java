package io.stint.security.api;

import java.time.ZoneId;

/**
 * A user as other modules see them.
 *
 * @param id the user's id
 * @param username the login name
 * @param displayName the full name, or the username when there is none
 * @param role {@code admin} or {@code user}
 * @param zone the user's time zone
 * @param active whether the user may sign in
 */
public record UserSummary(long id, String username, String displayName, String role, ZoneId zone, boolean active) {
}
