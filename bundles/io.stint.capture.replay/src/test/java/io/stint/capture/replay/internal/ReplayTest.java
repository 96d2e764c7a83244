package io.stint.capture.replay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivitySink;
import io.stint.capture.api.ActivityState;

class ReplayTest {

    /** The consumer side: what a replay hands to Stint. */
    static final class Collected implements ActivitySink {
        final List<ActivityEvent> events = new CopyOnWriteArrayList<>();
        volatile boolean recording = true;

        @Override
        public boolean record(Long userId, ActivityEvent event) {
            if (!recording) {
                return false;
            }
            events.add(event);
            return true;
        }

        @Override
        public boolean heartbeat(Long userId, ActivityEvent event, long pulseMillis) {
            return record(userId, event);
        }

        @Override
        public boolean recording(Long userId) {
            return recording;
        }
    }

    private static final String FILE = String.join("\n",
            "{\"timestamp\":\"2026-01-09T09:00:00Z\",\"duration\":60,\"app\":\"code\",\"title\":\"Main.java\"}",
            "{\"timestamp\":\"2026-01-09T09:01:00+00:00\",\"duration\":30.5,\"app\":\"firefox\",\"url\":\"https://www.example.org/a\"}",
            "{\"timestamp\":\"yesterday\",\"duration\":5}",
            "",
            "not json at all",
            "{\"timestamp\":\"2026-01-09T09:02:00Z\",\"duration\":-1}",
            "{\"timestamp\":\"2026-01-09T09:05:00Z\",\"duration\":300,\"state\":\"idle\"}");

    @Test
    void aBrokenLineIsReportedWithItsNumberAndTheRestIsKept() throws Exception {
        Replay.Report report = Replay.read(new BufferedReader(new StringReader(FILE)), "replay", "host");
        assertEquals(3, report.events().size());
        assertEquals(3, report.problems().size());
        assertTrue(report.problems().get(0).startsWith("line 3: timestamp is not RFC 3339"), report.problems().get(0));
        assertTrue(report.problems().get(1).startsWith("line 5: not JSON"), report.problems().get(1));
        assertTrue(report.problems().get(2).startsWith("line 6: duration"), report.problems().get(2));
        ActivityEvent web = report.events().get(1);
        assertEquals(30_500, web.durationMillis());
        assertEquals("example.org", web.domain(), "the domain comes from the URL");
        assertEquals(ActivityState.IDLE, report.events().get(2).state());
    }

    @Test
    void atSpeedZeroEverythingIsRecordedAtOnceMovedToEndNow() throws Exception {
        Replay.Report report = Replay.read(new BufferedReader(new StringReader(FILE)), "replay", "host");
        Collected sink = new Collected();
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        Replay.play(report.events(), sink, 0, now);
        assertEquals(3, sink.events.size());
        assertEquals(now, sink.events.get(2).end(), "the last event (09:05 + 300 s) ends now");
        assertEquals(now.minusSeconds(600), sink.events.get(0).start());
        assertEquals(now.minusSeconds(540), sink.events.get(1).start(), "the gaps between events are kept");
        assertEquals("Main.java", sink.events.get(0).title());
    }

    @Test
    void acceleratedSpeedKeepsTheRecordedPace() throws Exception {
        Replay.Report report = Replay.read(new BufferedReader(new StringReader(FILE)), "replay", "host");
        Collected sink = new Collected();
        long began = System.nanoTime();
        Replay.play(report.events(), sink, 600, null); // 5 minutes of recording in half a second
        long elapsedMillis = Duration.ofNanos(System.nanoTime() - began).toMillis();
        assertEquals(3, sink.events.size());
        assertTrue(elapsedMillis >= 450, "waited for the last event's time: " + elapsedMillis + " ms");
        assertEquals(Instant.parse("2026-01-09T09:00:00Z"), sink.events.get(0).start(), "unshifted: recorded times");
    }

    @Test
    void theSourceReplaysAFileOnItsOwnThreadAndIsUnavailableWithoutOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("day.jsonl");
        Files.writeString(file, FILE);
        ReplaySource source = new ReplaySource(file, 0, true, "demo");
        assertTrue(source.available());
        Collected sink = new Collected();
        source.open(sink);
        long deadline = System.currentTimeMillis() + 5000;
        while (sink.events.size() < 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        source.close();
        assertEquals(3, sink.events.size());
        assertEquals("demo", sink.events.get(0).sourceId());
        assertEquals(3, source.report().problems().size());

        ReplaySource missing = new ReplaySource(dir.resolve("none.jsonl"), 0, true, "demo");
        assertFalse(missing.available());
        missing.open(sink);
        missing.close();
        assertEquals(3, sink.events.size(), "a missing file replays nothing");
    }
}
