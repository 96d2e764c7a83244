package io.stint.activity.internal.segment;

/**
 * How the segmenter cuts: a gap of more than {@code mergeGapMs} between ACTIVE stretches splits
 * blocks, and a run shorter than {@code minBlockMs} is merged into a neighbouring block.
 */
public record SegSettings(long mergeGapMs, long minBlockMs) {

    /** Two minutes of merge gap, one minute of minimum block length. */
    public static final SegSettings DEFAULTS = new SegSettings(120_000, 60_000);

    public SegSettings {
        if (mergeGapMs < 0) {
            throw new IllegalArgumentException("mergeGapMs must be >= 0, was " + mergeGapMs);
        }
        if (minBlockMs < 0) {
            throw new IllegalArgumentException("minBlockMs must be >= 0, was " + minBlockMs);
        }
    }
}
