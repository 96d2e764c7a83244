package io.stint.capture.activitywatch.internal.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.capture.activitywatch.internal.AwEvent;

/** Test data: buckets in creation order, each with its events, answering as the contract says. */
final class MemorySource implements QuerySource {

    static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<AwEvent>> buckets = new LinkedHashMap<>();
    private final Map<String, String> hosts = new LinkedHashMap<>();
    int eventCalls;

    MemorySource bucket(String id, AwEvent... events) {
        buckets.put(id, new ArrayList<>(List.of(events)));
        return this;
    }

    MemorySource host(String id, String hostname) {
        hosts.put(id, hostname);
        return this;
    }

    @Override
    public List<String> bucketIds() {
        return new ArrayList<>(buckets.keySet());
    }

    @Override
    public List<AwEvent> events(String bucketId, Instant start, Instant end) {
        eventCalls++;
        List<AwEvent> events = buckets.get(bucketId);
        if (events == null) {
            throw new QueryException("There's no bucket named '" + bucketId + "'");
        }
        return events.stream()
                .filter(e -> e.start().isBefore(end) && e.end().isAfter(start))
                .sorted(Comparator.comparing(AwEvent::start))
                .toList();
    }

    @Override
    public String hostname(String bucketId) {
        return hosts.get(bucketId);
    }

    /** An event with data given as alternating key, value (strings or numbers). */
    static AwEvent ev(String timestamp, double seconds, Object... keyValues) {
        ObjectNode data = JSON.createObjectNode();
        for (int i = 0; i < keyValues.length; i += 2) {
            Object v = keyValues[i + 1];
            if (v instanceof Integer n) {
                data.put((String) keyValues[i], n);
            } else {
                data.put((String) keyValues[i], (String) v);
            }
        }
        return new AwEvent(1L, timestamp, AwTime.parse(timestamp), seconds, data);
    }
}
