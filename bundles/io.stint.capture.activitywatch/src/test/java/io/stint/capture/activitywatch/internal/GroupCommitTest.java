package io.stint.capture.activitywatch.internal;

import static io.stint.capture.activitywatch.internal.Fixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final Fixture f = new Fixture();

    @AfterEach
    void close() {
        f.close();
    }

    private static AwEvent hb(String timestamp, double duration, String app) {
        return AwJson.event(json("{\"timestamp\": \"" + timestamp + "\", \"duration\": " + duration
                + ", \"data\": {\"app\": \"" + app + "\"}}"));
    }

    /**
     * Every heartbeat of a bucket has the same start and data and its own duration, so whatever
     * order they arrive in, a sequential replay gives one event lasting the longest of them.
     */
    @Test
    void concurrentHeartbeatsAreCommittedInGroupsAndEveryAcknowledgedOneIsStored() throws Exception {
        int threads = 16;
        int perThread = 150;
        for (int b = 0; b < 4; b++) {
            f.bucket(1, "bucket" + b, "currentwindow");
        }
        f.tx.commitMillis = 2; // a disk's fsync: heartbeats arriving meanwhile join the next commit
        Map<String, Double> longest = new ConcurrentHashMap<>();
        Map<Long, Double> acknowledged = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                String bucket = "bucket" + (thread % 4);
                for (int i = 0; i < perThread; i++) {
                    double duration = thread * 1000 + i;
                    AwEvent result = f.service.heartbeat(1, bucket, hb("2024-05-01T10:00:00Z", duration, "x"), 5);
                    acknowledged.merge(result.id(), result.duration(), Math::max);
                    longest.merge(bucket, duration, Math::max);
                }
                return null;
            }));
        }
        for (Future<?> d : done) {
            d.get();
        }
        pool.shutdown();

        assertEquals(4, f.storedEvents(), "one event per bucket");
        for (int b = 0; b < 4; b++) {
            List<AwEvent> events = f.service.events(1, "bucket" + b, null, null, -1);
            assertEquals(1, events.size());
            assertEquals(longest.get("bucket" + b), events.get(0).duration(), 1e-9, "as a sequential replay");
            assertTrue(events.get(0).duration() >= acknowledged.get(events.get(0).id()),
                    "what was acknowledged is on disk");
        }
        int heartbeats = threads * perThread;
        assertTrue(f.tx.writerCalls < heartbeats / 4,
                "many heartbeats per transaction: " + f.tx.writerCalls + " commits for " + heartbeats);
        assertEquals(heartbeats, f.sink.calls.size(), "each heartbeat reached the activity module once");
    }

    @Test
    void concurrentHeartbeatsWithChangingDataMatchASequentialReplayOfTheirAcknowledgedResults() throws Exception {
        f.bucket(1, "w", "currentwindow");
        f.tx.commitMillis = 1;
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        Map<Long, Double> acknowledged = new ConcurrentHashMap<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = 0; i < 100; i++) {
                    String ts = String.format("2024-05-01T10:%02d:%02dZ", i / 60, i % 60);
                    AwEvent r = f.service.heartbeat(1, "w", hb(ts, 1, "app" + (i / 10 + thread % 2)), 2);
                    acknowledged.merge(r.id(), r.duration(), Math::max);
                }
                return null;
            }));
        }
        for (Future<?> d : done) {
            d.get();
        }
        pool.shutdown();
        List<AwEvent> stored = f.service.events(1, "w", null, null, -1);
        assertEquals(acknowledged.size(), stored.size(), "every acknowledged event is stored, and only those");
        for (AwEvent e : stored) {
            assertEquals(acknowledged.get(e.id()), e.duration(), 1e-9, "the last acknowledged state is the stored one");
        }
    }

    @Test
    void aFailedBatchFailsItsRequestsStoresNothingAndTheNextHeartbeatStartsFromTheDatabase() {
        f.bucket(1, "w", "currentwindow");
        AwEvent first = f.service.heartbeat(1, "w", hb("2024-05-01T10:00:00Z", 0, "a"), 5);
        f.sink.before = e -> {
            throw new IllegalStateException("the activity module's write failed");
        };
        AwException failed = assertThrows(AwException.class,
                () -> f.service.heartbeat(1, "w", hb("2024-05-01T10:00:04Z", 0, "a"), 5));
        assertEquals(500, failed.status());
        assertEquals(0.0, f.service.events(1, "w", null, null, -1).get(0).duration(), "the merge was rolled back");
        f.sink.before = e -> { };
        AwEvent next = f.service.heartbeat(1, "w", hb("2024-05-01T10:00:03Z", 0, "a"), 5);
        assertEquals(first.id(), next.id());
        assertEquals(3.0, next.duration(), 1e-9, "merged into the stored event, not the failed merge");
        assertEquals(3.0, f.service.events(1, "w", null, null, -1).get(0).duration(), 1e-9);
    }
}
