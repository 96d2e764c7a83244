package io.stint.activity.internal;

import static io.stint.activity.internal.ActivityFixture.ALICE;
import static io.stint.activity.internal.ActivityFixture.BOB;
import static io.stint.activity.internal.ActivityFixture.active;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.stint.rest.api.ApiException;

class ActivityRecorderTest {

    private final ActivityFixture f = new ActivityFixture();

    @Test
    void heartbeatsOfTheSameActivityWithinThePulseGrowOneEvent() {
        for (int s = 0; s < 10; s++) {
            assertTrue(f.recorder.heartbeat(ALICE, active(s, 1, "code", "Main.java"), 2000));
        }
        assertEquals(1, f.eventCount());
        assertEquals(10, f.day(ALICE).blocks().get(0).activeMillis() / 1000);
    }

    @Test
    void aChangedTitleOrAHeartbeatBeyondThePulseStartsANewEvent() {
        f.recorder.heartbeat(ALICE, active(0, 1, "code", "Main.java"), 2000);
        f.recorder.heartbeat(ALICE, active(1, 1, "code", "Other.java"), 2000);
        f.recorder.heartbeat(ALICE, active(10, 1, "code", "Other.java"), 2000);
        assertEquals(3, f.eventCount());
    }

    @Test
    void theLocalUserIsWhoNativeCaptureRecordsFor() {
        assertTrue(f.recorder.record(null, active(0, 90, "code", "Main.java")));
        assertEquals(1, f.day(ALICE).blocks().size());
        assertEquals(0, f.day(BOB).blocks().size());
    }

    @Test
    void nothingIsRecordedWhilePausedOrStoppedAndRecordingResumesAfter() {
        f.tracking.pause(ALICE);
        assertFalse(f.recorder.recording(ALICE));
        assertFalse(f.recorder.record(ALICE, active(0, 60, "code", "a")));
        assertFalse(f.recorder.heartbeat(null, active(60, 60, "code", "a"), 1000));
        f.tracking.resume(ALICE);
        f.tracking.stop(ALICE);
        assertFalse(f.recorder.record(ALICE, active(120, 60, "code", "a")));
        assertEquals(0, f.eventCount());
        f.tracking.start(ALICE);
        assertTrue(f.recorder.record(ALICE, active(180, 60, "code", "a")));
        assertEquals(1, f.eventCount());
        assertTrue(f.recorder.record(BOB, active(0, 60, "code", "a")), "another user's tracking is their own");
    }

    @Test
    void invalidTrackingTransitionsAreRefusedAndStopAlwaysWorks() {
        assertThrows(ApiException.class, () -> f.tracking.start(ALICE), "already ACTIVE");
        assertThrows(ApiException.class, () -> f.tracking.resume(ALICE), "not paused");
        f.tracking.pause(ALICE);
        assertThrows(ApiException.class, () -> f.tracking.pause(ALICE));
        assertEquals(TrackingState.STOPPED, f.tracking.stop(ALICE));
        assertEquals(TrackingState.STOPPED, f.tracking.stop(ALICE));
        assertEquals(TrackingState.STOPPED, new TrackingService(f.tx, TrackingState.ACTIVE).state(ALICE),
                "the state is stored, not only remembered");
    }

    @Test
    void anEventWithTheSameSourceAndStartReplacesTheStoredOne() {
        f.recorder.record(ALICE, active(0, 30, "code", "Main.java"));
        f.recorder.record(ALICE, active(0, 90, "code", "Main.java"));
        assertEquals(1, f.eventCount());
        assertEquals(90_000, f.day(ALICE).blocks().get(0).activeMillis());
    }

    @Test
    void aHeartbeatWhoseCachedEventVanishedIsStoredAnew() {
        f.recorder.heartbeat(ALICE, active(0, 1, "code", "a"), 5000);
        f.tx.run(c -> c.createStatement().executeUpdate("DELETE FROM ACTIVITY_EVENTS"));
        f.recorder.heartbeat(ALICE, active(1, 1, "code", "a"), 5000);
        assertEquals(1, f.eventCount());
        assertEquals(1000, f.day(ALICE).blocks().get(0).activeMillis());
    }

    @Test
    void theStatusShowsWhatWasSeenLast() {
        assertNull(f.recorder.observed(ALICE));
        f.recorder.record(ALICE, active(0, 30, "code", "Main.java"));
        assertEquals("Main.java", f.recorder.observed(ALICE).title());
        f.recorder.record(ALICE, ActivityFixture.idle(30, 300));
        assertEquals(ActivityFixture.T0.plusSeconds(30), f.recorder.observed(ALICE).lastActiveAt(),
                "going idle keeps when they were last active");
        assertEquals(ActivityFixture.T0.plusSeconds(30), f.recorder.observed(ALICE).idleSince());
    }
}
