package io.stint.activity.api;

import java.time.Instant;

/**
 * Which blocks to list: the user's blocks overlapping [from, to), optionally one profile's, only
 * unassigned ones, or only those that need review; at most {@code limit} (1–1000), by start.
 */
public record BlockFilter(long userId, Instant from, Instant to, Long profileId, boolean unassigned,
        boolean needsReview, int limit) {
}
