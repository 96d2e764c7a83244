package io.stint.activity.internal;

import java.nio.file.Path;

import io.stint.activity.api.Blocks;
import io.stint.activity.api.ProfileDirectory;
import io.stint.activity.internal.segment.SegSettings;
import io.stint.store.api.Transactions;

/** The activity module's real block service for the AI helper's tests, wired to a profile directory as DS would. */
public final class ActivityForAi {

    /** Activity's migrations, from the source tree beside this module. */
    public static final Path MIGRATIONS = Path.of("../io.stint.activity/src/main/resources/OSGI-INF/stint/migrations");

    private ActivityForAi() {
    }

    public static Blocks blocks(Transactions tx, ProfileDirectory profiles) {
        BlockService blocks = new BlockService(tx, new Segmentation(tx, SegSettings.DEFAULTS, 60));
        blocks.setProfiles(profiles);
        return blocks;
    }
}
