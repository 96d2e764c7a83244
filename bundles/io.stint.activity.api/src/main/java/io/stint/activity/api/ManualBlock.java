package io.stint.activity.api;

import java.time.Instant;

/**
 * Time a person adds because the capture missed it: [start, end), assigned to {@code profileId} (or
 * none), with a title and description.
 */
public record ManualBlock(Instant start, Instant end, Long profileId, String title, String description,
        boolean billable) {
}
