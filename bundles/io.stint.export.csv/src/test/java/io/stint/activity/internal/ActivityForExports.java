package io.stint.activity.internal;

import io.stint.activity.api.Blocks;
import io.stint.activity.api.ProfileDirectory;
import io.stint.activity.internal.segment.SegSettings;
import io.stint.store.api.Transactions;

/**
 * The activity module's real block service for the exporters' tests. It sits in activity's package
 * (on the test class path only) because the segmentation settings are package-private.
 */
public final class ActivityForExports {

    private ActivityForExports() {
    }

    /** The block service on {@code tx}, checking profiles against {@code profiles}. */
    public static Blocks blocks(Transactions tx, ProfileDirectory profiles) {
        BlockService blocks = new BlockService(tx, new Segmentation(tx, new SegSettings(120_000, 60_000), 60));
        blocks.setProfiles(profiles);
        return blocks;
    }
}
