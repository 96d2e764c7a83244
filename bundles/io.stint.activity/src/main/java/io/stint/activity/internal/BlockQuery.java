package io.stint.activity.internal;

/**
 * Which blocks to list: the user's blocks overlapping [fromMs, toMs), optionally one profile's,
 * only unassigned ones, or only those that need review; at most {@code limit}, by start.
 */
record BlockQuery(long userId, long fromMs, long toMs, Long profileId, boolean unassigned, boolean needsReview,
        int limit) {
}
