package io.stint.tracking.api;

import java.time.Instant;

/**
 * Which entries to list, newest start first.
 *
 * @param userId only this user's entries, or null for every user's
 * @param projectId only this project's, or null
 * @param from entries starting at or after this instant, or null
 * @param until entries starting before this instant (exclusive), or null
 * @param billable only billable (true) or non-billable (false) ones, or null for both
 * @param includeActive whether running timers are listed too
 * @param offset entries to skip
 * @param limit at most this many entries
 */
public record TimeEntryQuery(Long userId, Long projectId, Instant from, Instant until, Boolean billable,
        boolean includeActive, long offset, int limit) {
}
