package io.stint.capture.activitywatch.internal;

import static io.stint.capture.activitywatch.internal.Fixture.json;
import static io.stint.capture.activitywatch.internal.Fixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import com.fasterxml.jackson.databind.JsonNode;

class BucketsAndEventsTest {

    private final Fixture f = new Fixture();
    private final BucketResource buckets = new BucketResource(f.service);
    private final EventResource events = new EventResource(f.service);
    private final HeartbeatResource heartbeats = new HeartbeatResource(f.service);
    private final SecurityContext alice = user(1);
    private final SecurityContext bob = user(2);

    @AfterEach
    void close() {
        f.close();
    }

    private void create(SecurityContext who, String id) {
        buckets.create(who, id, json("{\"client\": \"aw-watcher-window\", \"type\": \"currentwindow\", \"hostname\": \"h\"}"));
    }

    private JsonNode heartbeat(String id, String timestamp, String app, String pulsetime) {
        return heartbeats.heartbeat(alice, id, pulsetime,
                json("{\"timestamp\": \"" + timestamp + "\", \"duration\": 0, \"data\": {\"app\": \"" + app + "\"}}"));
    }

    private static void status(int expected, Executable call) {
        assertEquals(expected, assertThrows(AwException.class, call).status());
    }

    @Test
    void aBucketIsCreatedOnceAndASecondCreationAnswers304() {
        assertEquals(200, buckets.create(alice, "w", json("{\"client\": \"c\", \"type\": \"currentwindow\","
                + " \"hostname\": \"h\", \"name\": \"Windows\", \"data\": {\"k\": 1}}")).getStatus());
        assertEquals(304, buckets.create(alice, "w", json("{\"client\": \"c\", \"type\": \"x\", \"hostname\": \"h\"}"))
                .getStatus());
        JsonNode bucket = buckets.get(alice, "w");
        assertEquals("currentwindow", bucket.get("type").asText(), "the second creation changed nothing");
        assertEquals("Windows", bucket.get("name").asText());
        assertEquals(1, bucket.get("data").get("k").asInt());
        assertEquals("w", buckets.list(alice).get("w").get("id").asText());
    }

    @Test
    void anotherUsersBucketIsNotFoundAndTwoUsersMayShareABucketId() {
        create(alice, "w");
        status(404, () -> buckets.get(bob, "w"));
        status(404, () -> heartbeats.heartbeat(bob, "w", "5", json("{\"timestamp\": \"2024-01-01T00:00:00Z\"}")));
        create(bob, "w");
        heartbeat("w", "2024-01-01T00:00:00Z", "a", "5");
        assertEquals(1, events.count(alice, "w", null, null, null, null));
        assertEquals(0, events.count(bob, "w", null, null, null, null));
        assertEquals(false, buckets.list(bob).get("w").has("last_updated"), "bob's bucket was never written");
        assertEquals(true, buckets.list(alice).get("w").has("last_updated"));
    }

    @Test
    void heartbeatsMergeIntoOneGrowingEventAndChangedDataStartsANewOne() {
        create(alice, "w");
        JsonNode first = heartbeat("w", "2024-05-01T10:00:00.000000+00:00", "a", "10");
        JsonNode second = heartbeat("w", "2024-05-01T10:00:05.000000+00:00", "a", "10");
        assertEquals(first.get("id"), second.get("id"));
        assertEquals(5.0, second.get("duration").asDouble(), 1e-9);
        assertEquals("2024-05-01T10:00:00.000000+00:00", second.get("timestamp").asText());
        JsonNode other = heartbeat("w", "2024-05-01T10:00:06.000000+00:00", "b", "10");
        assertEquals(2, events.count(alice, "w", null, null, null, null));
        JsonNode list = events.list(alice, "w", null, null, null, null, null);
        assertEquals(other.get("id"), list.get(0).get("id"), "newest first");
        assertEquals(5.0, list.get(1).get("duration").asDouble(), 1e-9);
    }

    @Test
    void timestampsComeBackExactlyAsSent() {
        create(alice, "w");
        String[] sent = { "2016-08-09T14:35:10.363000+00:00", "2016-08-09T16:35:11+02:00", "2016-08-09T14:35:12.5Z" };
        for (String ts : sent) {
            events.insert(alice, "w", json("{\"timestamp\": \"" + ts + "\", \"duration\": 0.5, \"data\": {\"n\": \"" + ts + "\"}}"));
        }
        JsonNode list = events.list(alice, "w", null, null, null, null, null);
        for (int i = 0; i < 3; i++) {
            assertEquals(sent[2 - i], list.get(i).get("timestamp").asText());
        }
        JsonNode hb = heartbeat("w", "2016-08-09T14:40:00.000001+00:00", "x", "1");
        assertEquals("2016-08-09T14:40:00.000001+00:00", hb.get("timestamp").asText());
        assertEquals(hb, events.get(alice, "w", hb.get("id").asText()));
    }

    @Test
    void eventsAreListedByRangeAndLimitAndCountedAndDeleted() {
        create(alice, "w");
        JsonNode stored = events.insert(alice, "w", json("[{\"timestamp\": \"2024-01-01T10:00:00Z\", \"duration\": 60},"
                + " {\"timestamp\": \"2024-01-01T11:00:00Z\", \"duration\": 60},"
                + " {\"timestamp\": \"2024-01-01T12:00:00Z\", \"duration\": 60}]"));
        assertEquals(3, stored.size());
        assertEquals(1, events.list(alice, "w", null, null, null, null, "1").size());
        JsonNode middle = events.list(alice, "w", "2024-01-01T10:30:00Z", null, null, "2024-01-01T11:30:00Z", null);
        assertEquals(1, middle.size());
        assertEquals("2024-01-01T11:00:00Z", middle.get(0).get("timestamp").asText());
        assertEquals(2, events.count(alice, "w", null, null, "2024-01-01T10:30:00Z", null));
        long id = stored.get(1).get("id").asLong();
        events.delete(alice, "w", String.valueOf(id));
        status(404, () -> events.get(alice, "w", String.valueOf(id)));
        assertEquals(2, events.count(alice, "w", null, null, null, null));
    }

    @Test
    void aRejectedRequestStoresNothing() {
        create(alice, "w");
        status(400, () -> heartbeat("w", "2024-05-01 10:00:00", "a", "5"));
        status(400, () -> heartbeat("w", "2024-05-01T10:00:00", "a", "5"));
        status(400, () -> heartbeat("w", "2024-05-01T10:00:00Z", "a", null));
        status(400, () -> heartbeat("w", "2024-05-01T10:00:00Z", "a", "-1"));
        status(400, () -> heartbeats.heartbeat(alice, "w", "5",
                json("{\"timestamp\": \"2024-05-01T10:00:00Z\", \"duration\": -1}")));
        status(400, () -> events.insert(alice, "w", json("[{\"timestamp\": \"2024-05-01T10:00:00Z\"},"
                + " {\"timestamp\": \"2024-05-01T10:00:01Z\", \"duration\": -0.5}]")));
        status(400, () -> events.insert(alice, "w", json("[{\"timestamp\": \"2024-05-01T10:00:00Z\"},"
                + " {\"timestamp\": \"not a time\"}]")));
        status(400, () -> events.list(alice, "w", "last week", null, null, null, null));
        status(404, () -> heartbeat("nope", "2024-05-01T10:00:00Z", "a", "5"));
        status(404, () -> events.insert(alice, "nope", json("{\"timestamp\": \"2024-05-01T10:00:00Z\"}")));
        assertEquals(0, f.storedEvents());
        assertEquals(0, f.sink.calls.size());
    }

    @Test
    void aDeletedBucketTakesItsEventsAndRefusesHeartbeats() {
        create(alice, "w");
        heartbeat("w", "2024-05-01T10:00:00Z", "a", "5");
        buckets.delete(alice, "w");
        status(404, () -> heartbeat("w", "2024-05-01T10:00:01Z", "a", "5"));
        status(404, () -> buckets.get(alice, "w"));
        assertEquals(0, f.storedEvents());
        create(alice, "w");
        JsonNode fresh = heartbeat("w", "2024-05-01T10:00:02Z", "a", "5");
        assertEquals(0.0, fresh.get("duration").asDouble(), "a new bucket of the same id starts empty");
    }

    @Test
    void aReplacedEventKeepsItsIdAndAHeartbeatAfterwardsSeesTheReplacement() {
        create(alice, "w");
        JsonNode hb = heartbeat("w", "2024-05-01T10:00:00Z", "a", "5");
        events.insert(alice, "w", json("{\"id\": " + hb.get("id") + ", \"timestamp\": \"2024-05-01T10:00:00Z\","
                + " \"duration\": 3, \"data\": {\"app\": \"b\"}}"));
        assertEquals(1, events.count(alice, "w", null, null, null, null));
        JsonNode merged = heartbeat("w", "2024-05-01T10:00:04Z", "b", "5");
        assertEquals(hb.get("id"), merged.get("id"));
        assertEquals(4.0, merged.get("duration").asDouble(), 1e-9);
    }
}
