package io.stint.capture.activitywatch.internal;

import java.time.temporal.ChronoUnit;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivitySink;
import io.stint.capture.api.ActivitySource;
import io.stint.capture.api.ActivityState;

/**
 * The ActivityWatch API as a capture source: stored events of window, AFK and browser-tab buckets
 * go to Stint's activity module. Called from inside the writer's transaction, so what the module
 * writes commits (or rolls back) with the events.
 */
@Component(service = { ActivitySource.class, ActivityFeed.class }, property = "source.id=" + ActivityFeed.ID)
public final class ActivityFeed implements ActivitySource {

    public static final String ID = "activitywatch";
    private static final Logger LOG = LoggerFactory.getLogger(ActivityFeed.class);

    private volatile ActivitySink sink;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public void open(ActivitySink newSink) {
        this.sink = newSink;
    }

    @Override
    public void close() {
        this.sink = null;
    }

    /** Feeds a stored heartbeat (as sent, not merged: the sink merges by the same rule). */
    void heartbeat(AwBucket bucket, AwEvent heartbeat, double pulsetime) {
        ActivitySink current = sink;
        ActivityEvent event = current == null ? null : toActivity(bucket, heartbeat);
        if (event != null) {
            try {
                current.heartbeat(bucket.userId(), event, Math.round(pulsetime * 1000));
            } catch (IllegalArgumentException refused) {
                LOG.debug("The activity module refused a heartbeat of {}: {}", bucket.id(), refused.getMessage());
            }
        }
    }

    /** Feeds a stored event. */
    void record(AwBucket bucket, AwEvent stored) {
        ActivitySink current = sink;
        ActivityEvent event = current == null ? null : toActivity(bucket, stored);
        if (event != null) {
            try {
                current.record(bucket.userId(), event);
            } catch (IllegalArgumentException refused) {
                LOG.debug("The activity module refused an event of {}: {}", bucket.id(), refused.getMessage());
            }
        }
    }

    /** What an event of {@code bucket} means to Stint, or null when it means nothing (other types, not-afk). */
    static ActivityEvent toActivity(AwBucket bucket, AwEvent e) {
        var start = e.start().truncatedTo(ChronoUnit.MILLIS);
        long millis = Math.round(e.duration() * 1000);
        JsonNode data = e.data();
        return switch (bucket.type()) {
            case AwBucket.CURRENT_WINDOW -> ActivityEvent.active(start, millis, text(data, "app"), text(data, "title"),
                    bucket.id(), bucket.hostname());
            case AwBucket.AFK_STATUS -> "afk".equals(text(data, "status"))
                    ? ActivityEvent.idle(start, millis, bucket.id(), bucket.hostname()) : null;
            case AwBucket.WEB_TAB -> new ActivityEvent(start, millis, ActivityState.ACTIVE, null, text(data, "title"),
                    text(data, "url"), null, bucket.id(), bucket.hostname());
            default -> null;
        };
    }

    private static String text(JsonNode data, String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
