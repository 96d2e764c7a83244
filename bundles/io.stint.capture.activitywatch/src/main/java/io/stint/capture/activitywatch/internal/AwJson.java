package io.stint.capture.activitywatch.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** ActivityWatch's JSON: events and buckets in and out, with its field names and checks. */
public final class AwJson {

    /** Longest duration accepted, in seconds (about 300 years): keeps end times in range. */
    static final double MAX_DURATION = 1e10;

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private AwJson() {
    }

    /** One event or an array of them, each checked; nothing is accepted unless all are valid. */
    static List<AwEvent> events(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw AwException.badRequest("The request body must be an event or a list of events");
        }
        List<AwEvent> events = new ArrayList<>();
        if (body.isArray()) {
            for (JsonNode node : body) {
                events.add(event(node));
            }
        } else {
            events.add(event(body));
        }
        return events;
    }

    /** An event: {@code timestamp} (RFC 3339) required, {@code duration} seconds (default 0), {@code data} object. */
    static AwEvent event(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw AwException.badRequest("An event must be a JSON object");
        }
        JsonNode ts = node.get("timestamp");
        if (ts == null || !ts.isTextual()) {
            throw AwException.badRequest("An event needs a timestamp (RFC 3339)");
        }
        Instant start = AwTimes.parseOrNull(ts.asText());
        if (start == null) {
            throw AwException.badRequest("Failed to parse timestamp, datetime needs to be in rfc3339 format: "
                    + ts.asText());
        }
        double duration = 0;
        JsonNode d = node.get("duration");
        if (d != null && !d.isNull()) {
            if (!d.isNumber()) {
                throw AwException.badRequest("An event's duration must be a number of seconds");
            }
            duration = d.asDouble();
            if (duration < 0 || Double.isNaN(duration)) {
                throw AwException.badRequest("Invalid event: duration must be non-negative, got " + d.asText() + "s");
            }
            if (duration > MAX_DURATION) {
                throw AwException.badRequest("Invalid event: duration is too long: " + d.asText() + "s");
            }
        }
        JsonNode data = node.get("data");
        ObjectNode object;
        if (data == null || data.isNull()) {
            object = MAPPER.createObjectNode();
        } else if (data.isObject()) {
            object = (ObjectNode) data;
        } else {
            throw AwException.badRequest("An event's data must be a JSON object");
        }
        Long id = null;
        JsonNode idNode = node.get("id");
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.canConvertToLong() || !idNode.isIntegralNumber()) {
                throw AwException.badRequest("An event's id must be an integer");
            }
            id = idNode.asLong();
        }
        return new AwEvent(id, ts.asText(), start, duration, object);
    }

    /** {@code {"id", "timestamp", "duration", "data"}}. */
    public static ObjectNode render(AwEvent event) {
        ObjectNode node = MAPPER.createObjectNode();
        if (event.id() != null) {
            node.put("id", event.id());
        } else {
            node.putNull("id");
        }
        node.put("timestamp", event.timestamp());
        node.put("duration", event.duration());
        node.set("data", event.data());
        return node;
    }

    /** A list of events, in order. */
    public static ArrayNode render(List<AwEvent> events) {
        ArrayNode array = MAPPER.createArrayNode();
        events.forEach(e -> array.add(render(e)));
        return array;
    }

    /** {@code {id, name, type, client, hostname, created, data, last_updated?}}. */
    static ObjectNode render(AwBucket bucket) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", bucket.id());
        node.put("name", bucket.name());
        node.put("type", bucket.type());
        node.put("client", bucket.client());
        node.put("hostname", bucket.hostname());
        node.put("created", bucket.created());
        node.set("data", bucket.data());
        if (bucket.lastUpdated() != null) {
            node.put("last_updated", bucket.lastUpdated());
        }
        return node;
    }

    /** A bucket's creation body, {@code {client, type, hostname, name?, data?, created?}}, for {@code id}. */
    static NewBucket newBucket(String id, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw AwException.badRequest("A bucket must be a JSON object");
        }
        String type = text(node, "type", true);
        String client = text(node, "client", true);
        String hostname = text(node, "hostname", true);
        String name = text(node, "name", false);
        String created = text(node, "created", false);
        if (created != null && AwTimes.parseOrNull(created) == null) {
            throw AwException.badRequest("Failed to parse created, datetime needs to be in rfc3339 format: " + created);
        }
        JsonNode data = node.get("data");
        if (data != null && !data.isNull() && !data.isObject()) {
            throw AwException.badRequest("A bucket's data must be a JSON object");
        }
        if (id == null || id.isEmpty() || id.length() > 512) {
            throw AwException.badRequest("A bucket id must have 1 to 512 characters");
        }
        return new NewBucket(id, name, type, client, hostname, created,
                data == null || data.isNull() ? MAPPER.createObjectNode() : (ObjectNode) data);
    }

    private static String text(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw AwException.badRequest("Missing field '" + field + "'");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw AwException.badRequest("Field '" + field + "' must be a string");
        }
        if (value.asText().length() > 255 && !field.equals("name")) {
            throw AwException.badRequest("Field '" + field + "' is too long");
        }
        if (value.asText().length() > 512) {
            throw AwException.badRequest("Field '" + field + "' is too long");
        }
        return value.asText();
    }

    /** Data stored as text. */
    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stored text back to an object. */
    static ObjectNode readObject(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bucket as a client asks for it to be created. */
    record NewBucket(String id, String name, String type, String client, String hostname, String created,
            ObjectNode data) {
    }
}
