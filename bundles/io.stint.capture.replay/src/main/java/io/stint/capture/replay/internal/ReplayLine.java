package io.stint.capture.replay.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivityState;

/**
 * One line of a replay file: a JSON object {@code {"timestamp": RFC 3339, "duration": seconds,
 * "state": "active"|"idle" (default active), "app", "title", "url"}}.
 */
final class ReplayLine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplayLine() {
    }

    /** The event the line describes, as recorded (not yet shifted in time). */
    static ActivityEvent parse(String line, String sourceId, String host) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode ts = node.get("timestamp");
        if (ts == null || !ts.isTextual()) {
            throw new IllegalArgumentException("timestamp missing");
        }
        Instant start;
        try {
            start = OffsetDateTime.parse(ts.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("timestamp is not RFC 3339: " + ts.asText());
        }
        JsonNode duration = node.get("duration");
        if (duration == null || !duration.isNumber() || duration.asDouble() < 0) {
            throw new IllegalArgumentException("duration must be a number of seconds, not negative");
        }
        String state = text(node, "state");
        ActivityState s;
        if (state == null || state.toLowerCase(Locale.ROOT).equals("active")) {
            s = ActivityState.ACTIVE;
        } else if (state.toLowerCase(Locale.ROOT).equals("idle")) {
            s = ActivityState.IDLE;
        } else {
            throw new IllegalArgumentException("state must be active or idle, not " + state);
        }
        return new ActivityEvent(start, Math.round(duration.asDouble() * 1000), s, text(node, "app"), text(node, "title"),
                text(node, "url"), text(node, "domain"), sourceId, host);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
