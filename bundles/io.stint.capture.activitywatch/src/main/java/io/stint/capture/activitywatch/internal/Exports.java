package io.stint.capture.activitywatch.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** ActivityWatch's export and import shape: {@code {"buckets": {id: {...bucket, "events": [...]}}}}. */
final class Exports {

    private final AwService service;

    Exports(AwService service) {
        this.service = service;
    }

    /** One bucket ({@code id}) or all of the user's (null), with their events, newest first. */
    ObjectNode export(long userId, String id) {
        List<AwBucket> buckets = id == null ? service.buckets(userId) : List.of(service.bucket(userId, id));
        ObjectNode all = AwJson.MAPPER.createObjectNode();
        return service.read(c -> {
            for (AwBucket b : buckets) {
                ObjectNode node = AwJson.render(b);
                node.set("events", AwJson.render(AwStore.events(c, b.row(), null, null, -1)));
                all.set(b.id(), node);
            }
            ObjectNode export = AwJson.MAPPER.createObjectNode();
            export.set("buckets", all);
            return export;
        });
    }

    /** Checks everything first, then stores all buckets or none. */
    void importAll(long userId, JsonNode body) {
        JsonNode buckets = body == null ? null : body.get("buckets");
        if (buckets == null || !buckets.isObject()) {
            throw AwException.badRequest("An import must be {\"buckets\": {id: bucket, ...}}");
        }
        List<AwJson.NewBucket> news = new ArrayList<>();
        List<List<AwEvent>> events = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = buckets.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            JsonNode bucket = entry.getValue();
            JsonNode idNode = bucket == null ? null : bucket.get("id");
            String id = idNode != null && idNode.isTextual() ? idNode.asText() : entry.getKey();
            news.add(AwJson.newBucket(id, bucket));
            JsonNode list = bucket.get("events");
            if (list != null && !list.isNull() && !list.isArray()) {
                throw AwException.badRequest("A bucket's events must be a list");
            }
            List<AwEvent> parsed = list == null || list.isNull() ? List.of() : AwJson.events(list);
            events.add(parsed.stream().map(e -> e.withId(null)).toList());
        }
        service.importBuckets(userId, news, events);
    }

    static Response attachment(ObjectNode export, String filename) {
        String safe = filename.replaceAll("[\\p{Cntrl}\"\\\\;]", "_");
        return Response.ok(export, MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + safe + "\"").build();
    }
}
