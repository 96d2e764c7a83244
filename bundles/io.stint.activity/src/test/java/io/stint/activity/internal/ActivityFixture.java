package io.stint.activity.internal;

import java.time.Instant;

import io.stint.activity.internal.segment.SegSettings;
import io.stint.capture.api.ActivityEvent;
import io.stint.store.api.Transactions;
import io.stint.testkit.TestDatabase;
import io.stint.activity.api.BlockPage;

/** The activity module's services on a fresh in-memory database, wired as DS would. */
final class ActivityFixture {

    static final long ALICE = 1;
    static final long BOB = 2;
    static final Instant T0 = Instant.parse("2026-01-09T09:00:00Z");

    final TestDatabase db = TestDatabase.ofModule();
    final Transactions tx = db.transactions();
    final TrackingService tracking = new TrackingService(tx, TrackingState.ACTIVE);
    final Segmentation segmentation = new Segmentation(tx, new SegSettings(120_000, 60_000), 60);
    final ActivityRecorder recorder = new ActivityRecorder(tx, tracking, new LocalUser(ALICE), segmentation);
    final BlockService blocks = new BlockService(tx, segmentation);
    final BlockReclassifier reclassifier = new BlockReclassifier(tx);

    static ActivityEvent active(long offsetSeconds, long seconds, String app, String title) {
        return ActivityEvent.active(T0.plusSeconds(offsetSeconds), seconds * 1000, app, title, "test", "host");
    }

    static ActivityEvent idle(long offsetSeconds, long seconds) {
        return ActivityEvent.idle(T0.plusSeconds(offsetSeconds), seconds * 1000, "test", "host");
    }

    /** All of a user's blocks on 2026-01-09 (UTC). */
    BlockPage day(long user) {
        long from = Instant.parse("2026-01-09T00:00:00Z").toEpochMilli();
        return blocks.list(new BlockQuery(user, from, from + 86_400_000L, null, false, false, 1000));
    }

    long eventCount() {
        return tx.call(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM ACTIVITY_EVENTS")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
