package io.stint.compat.chronicle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivitySink;
import io.stint.capture.api.ActivityState;

class ExtensionFeedTest {

    /** The activity module's sink as far as this source sees it: what was recorded, in order. */
    static final class RecordingSink implements ActivitySink {
        final List<ActivityEvent> recorded = new ArrayList<>();

        @Override
        public boolean record(Long userId, ActivityEvent event) {
            recorded.add(event);
            return true;
        }

        @Override
        public boolean heartbeat(Long userId, ActivityEvent event, long pulseMillis) {
            throw new AssertionError("the extension's pages are events, not heartbeats");
        }

        @Override
        public boolean recording(Long userId) {
            return true;
        }
    }

    private static final Instant T = Instant.parse("2026-01-09T10:00:00.123456Z");

    @Test
    void aPageBecomesAnActiveBrowserEventIdentifiedByItsStart() {
        ExtensionFeed feed = new ExtensionFeed();
        RecordingSink sink = new RecordingSink();
        feed.open(sink);
        long id = feed.record(1, new ExtensionFeed.PageView(T, null, "Browser", "Pull requests", "https://github.com/x/pulls",
                "www.GitHub.com"));
        assertEquals(Instant.parse("2026-01-09T10:00:00.123Z").toEpochMilli(), id);
        ActivityEvent e = sink.recorded.get(0);
        assertEquals(ActivityState.ACTIVE, e.state());
        assertEquals("Browser", e.app());
        assertEquals("Pull requests", e.title());
        assertEquals("github.com", e.domain());
        assertEquals(ExtensionFeed.ID, e.sourceId());
        assertEquals(0, e.durationMillis());
    }

    @Test
    void theNextReportsDurationGoesToThePreviousPage() {
        ExtensionFeed feed = new ExtensionFeed();
        RecordingSink sink = new RecordingSink();
        feed.open(sink);
        feed.record(1, new ExtensionFeed.PageView(T, null, "Browser", "A", "https://a.example/", null));
        feed.record(1, new ExtensionFeed.PageView(T.plusSeconds(90), 90_000L, "Browser", "B", "https://b.example/", null));
        assertEquals(3, sink.recorded.size());
        ActivityEvent grown = sink.recorded.get(1);
        assertEquals("A", grown.title());
        assertEquals(sink.recorded.get(0).start(), grown.start(), "the same start: the sink replaces the event");
        assertEquals(90_000, grown.durationMillis());
        assertEquals("a.example", grown.domain(), "derived from the url");
        assertEquals("B", sink.recorded.get(2).title());
    }

    @Test
    void aReportedDurationNeverReachesBackBeforeThePreviousPage() {
        ExtensionFeed feed = new ExtensionFeed();
        RecordingSink sink = new RecordingSink();
        feed.open(sink);
        feed.record(1, new ExtensionFeed.PageView(T, null, "Browser", "A", "https://a.example/", null));
        feed.record(2, new ExtensionFeed.PageView(T.plusSeconds(5), 60_000L, "Browser", "other user", "https://o.example/", null));
        feed.record(1, new ExtensionFeed.PageView(T.plusSeconds(10), 3_600_000L, "Browser", "B", "https://b.example/", null));
        assertEquals(10_000, sink.recorded.get(2).durationMillis(), "capped at the time between the two reports");
        assertEquals("A", sink.recorded.get(2).title(), "users' pages do not mix");
    }

    @Test
    void aReportOfAnEarlierTimeStartsAgainFromItsOwnPage() {
        ExtensionFeed feed = new ExtensionFeed();
        RecordingSink sink = new RecordingSink();
        feed.open(sink);
        feed.record(1, new ExtensionFeed.PageView(T.plusSeconds(3600), null, "Browser", "later", "https://l.example/", null));
        feed.record(1, new ExtensionFeed.PageView(T, null, "Browser", "A", "https://a.example/", null));
        feed.record(1, new ExtensionFeed.PageView(T.plusSeconds(60), 60_000L, "Browser", "B", "https://b.example/", null));
        assertEquals(4, sink.recorded.size());
        assertEquals("A", sink.recorded.get(2).title(), "the page reported before, not the one with the latest time");
        assertEquals(60_000, sink.recorded.get(2).durationMillis());
        assertEquals(0, sink.recorded.stream().filter(e -> e.title().equals("later")).mapToLong(ActivityEvent::durationMillis)
                .sum(), "a later page gets no time from an earlier report");
    }

    @Test
    void withoutTheActivityModuleTheAnswerIs503() {
        ExtensionFeed feed = new ExtensionFeed();
        ChronicleException e = assertThrows(ChronicleException.class,
                () -> feed.record(1, new ExtensionFeed.PageView(T, null, "Browser", "A", "https://a.example/", null)));
        assertEquals(503, e.status());
        assertEquals("SERVICE_UNAVAILABLE", e.code());
        feed.open(new RecordingSink());
        feed.close();
        assertEquals(503, assertThrows(ChronicleException.class,
                () -> feed.record(1, new ExtensionFeed.PageView(T, null, "Browser", "A", "https://a.example/", null))).status());
    }

    @Test
    void aReportNeedsAUrlAndAnEventType() throws Exception {
        for (String bad : new String[] { "{\"event_type\": \"TAB_ACTIVATED\"}", "{\"url\": \"https://a.example/\"}",
            "{\"url\": \"\", \"event_type\": \"PAGE_LOADED\"}" }) {
            ChronicleException e = assertThrows(ChronicleException.class,
                    () -> EventsResource.page(Body.of(ChronicleJson.MAPPER.readTree(bad))));
            assertEquals("url and event_type are required", e.getMessage());
        }
    }

    @Test
    void anUnreadableTimestampMeansNowAndAMissingTitleTheDescription() throws Exception {
        Instant before = Instant.now();
        ExtensionFeed.PageView page = EventsResource.page(Body.of(ChronicleJson.MAPPER.readTree(
                "{\"url\": \"https://a.example/\", \"event_type\": \"PAGE_LOADED\", \"timestamp\": \"yesterday\","
                        + " \"description\": \"Reading docs\", \"tab_id\": 4}")));
        assertEquals(false, page.at().isBefore(before));
        assertEquals("Reading docs", page.title());
        assertEquals("Browser", page.browser());
    }
}
