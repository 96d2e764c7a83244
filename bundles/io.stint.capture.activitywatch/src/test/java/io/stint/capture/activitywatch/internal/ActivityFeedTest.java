package io.stint.capture.activitywatch.internal;

import static io.stint.capture.activitywatch.internal.Fixture.json;
import static io.stint.capture.activitywatch.internal.Fixture.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivityState;

class ActivityFeedTest {

    private final Fixture f = new Fixture();
    private final HeartbeatResource heartbeats = new HeartbeatResource(f.service);
    private final EventResource events = new EventResource(f.service);

    @AfterEach
    void close() {
        f.close();
    }

    private void heartbeat(String bucket, String data) {
        heartbeats.heartbeat(user(7), bucket, "2.5", json("{\"timestamp\": \"2024-05-01T10:00:00.123456Z\","
                + " \"duration\": 1.5, \"data\": " + data + "}"));
    }

    @Test
    void windowHeartbeatsFeedActiveEventsWithAppTitleAndPulse() {
        f.bucket(7, "aw-watcher-window_h", "currentwindow");
        heartbeat("aw-watcher-window_h", "{\"app\": \"firefox\", \"title\": \"Inbox\"}");
        Fixture.Sink.Call call = f.sink.calls.get(0);
        assertEquals("heartbeat", call.kind());
        assertEquals(7L, call.userId());
        assertEquals(2500, call.pulseMillis());
        ActivityEvent e = call.event();
        assertEquals(ActivityState.ACTIVE, e.state());
        assertEquals("firefox", e.app());
        assertEquals("Inbox", e.title());
        assertEquals(Instant.parse("2024-05-01T10:00:00.123Z"), e.start());
        assertEquals(1500, e.durationMillis());
        assertEquals("aw-watcher-window_h", e.sourceId());
        assertEquals("host1", e.host());
    }

    @Test
    void afkFeedsIdleAndNotAfkFeedsNothing() {
        f.bucket(7, "aw-watcher-afk_h", "afkstatus");
        heartbeat("aw-watcher-afk_h", "{\"status\": \"not-afk\"}");
        assertEquals(0, f.sink.calls.size());
        heartbeat("aw-watcher-afk_h", "{\"status\": \"afk\"}");
        assertEquals(ActivityState.IDLE, f.sink.calls.get(0).event().state());
    }

    @Test
    void browserTabsFeedActiveEventsWithUrlAndDomain() {
        f.bucket(7, "aw-watcher-web-firefox", "web.tab.current");
        events.insert(user(7), "aw-watcher-web-firefox", json("{\"timestamp\": \"2024-05-01T10:00:00Z\", \"duration\": 3,"
                + " \"data\": {\"url\": \"https://www.example.org/a\", \"title\": \"Example\", \"audible\": false}}"));
        Fixture.Sink.Call call = f.sink.calls.get(0);
        assertEquals("record", call.kind());
        assertEquals("example.org", call.event().domain());
        assertEquals("https://www.example.org/a", call.event().url());
        assertNull(call.event().app());
    }

    @Test
    void otherBucketTypesFeedNothingAndAClosedFeedIsSilent() {
        f.bucket(7, "aw-watcher-vim", "app.editor.activity");
        heartbeat("aw-watcher-vim", "{\"file\": \"a.txt\"}");
        assertEquals(0, f.sink.calls.size());
        f.bucket(7, "w", "currentwindow");
        f.feed.close();
        heartbeat("w", "{\"app\": \"a\"}");
        assertEquals(0, f.sink.calls.size());
        assertEquals(2, f.storedEvents(), "events are stored whether or not the activity module listens");
    }
}
