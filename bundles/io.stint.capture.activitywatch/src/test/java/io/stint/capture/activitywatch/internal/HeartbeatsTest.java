package io.stint.capture.activitywatch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HeartbeatsTest {

    private static AwEvent event(String timestamp, double duration, String app) {
        return AwJson.event(Fixture.json("{\"timestamp\": \"" + timestamp + "\", \"duration\": " + duration
                + ", \"data\": {\"app\": \"" + app + "\"}}"));
    }

    private static final AwEvent LAST = event("2024-05-01T10:00:00.000000+00:00", 10, "a").withId(7L);

    @Test
    void aHeartbeatWithEqualDataWithinThePulseMerges() {
        AwEvent hb = event("2024-05-01T10:00:12+00:00", 0, "a");
        assertTrue(Heartbeats.merges(LAST, hb, 5));
        AwEvent merged = Heartbeats.merge(LAST, hb);
        assertEquals(12.0, merged.duration(), 1e-9);
        assertEquals(7L, merged.id());
        assertEquals("2024-05-01T10:00:00.000000+00:00", merged.timestamp(), "the last event's timestamp string stays");
    }

    @Test
    void aHeartbeatWithOtherDataDoesNotMerge() {
        assertFalse(Heartbeats.merges(LAST, event("2024-05-01T10:00:05+00:00", 0, "b"), 60));
    }

    @Test
    void aHeartbeatBeforeTheLastTimestampDoesNotMerge() {
        assertFalse(Heartbeats.merges(LAST, event("2024-05-01T09:59:59.999999+00:00", 5, "a"), 60));
    }

    @Test
    void aHeartbeatExactlyAtEndPlusPulsetimeMerges() {
        assertTrue(Heartbeats.merges(LAST, event("2024-05-01T10:00:15+00:00", 0, "a"), 5));
    }

    @Test
    void aHeartbeatJustAfterEndPlusPulsetimeDoesNotMerge() {
        assertFalse(Heartbeats.merges(LAST, event("2024-05-01T10:00:15.000001+00:00", 0, "a"), 5));
    }

    @Test
    void aMergedHeartbeatInsideTheLastEventNeverShrinksIt() {
        AwEvent merged = Heartbeats.merge(LAST, event("2024-05-01T10:00:02+00:00", 1, "a"));
        assertEquals(10.0, merged.duration(), 1e-9);
    }

    @Test
    void aMergedHeartbeatWithADurationCoversItsEnd() {
        AwEvent merged = Heartbeats.merge(LAST, event("2024-05-01T10:00:08.5+00:00", 4, "a"));
        assertEquals(12.5, merged.duration(), 1e-9);
    }

    @Test
    void dataIsComparedByValueIncludingNestedFields() {
        AwEvent a = AwJson.event(Fixture.json("{\"timestamp\": \"2024-05-01T10:00:00Z\", \"data\": {\"x\": {\"y\": [1, 2]}}}"));
        AwEvent b = AwJson.event(Fixture.json("{\"timestamp\": \"2024-05-01T10:00:01Z\", \"data\": {\"x\": {\"y\": [1, 2]}}}"));
        assertTrue(Heartbeats.merges(a, b, 1));
    }
}
