package io.stint.activity.internal.segment;

/**
 * A block: from its first to its last ACTIVE instant ([startMs, endMs)), the ACTIVE time inside it
 * (gaps not counted), the app, title and domain with the most time, and whether it begins a hard
 * segment (after idle time or a gap longer than the merge gap) — a safe point to re-segment from.
 */
public record SegBlock(long startMs, long endMs, long activeMs, String primaryApp, String primaryTitle,
        String primaryDomain, boolean hardStart) {
}
