package io.stint.capture.activitywatch.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stint.capture.activitywatch.internal.query.QueryException;
import io.stint.capture.activitywatch.internal.query.QuerySource;

/** One user's buckets and events for one query request; the bucket list is read once. */
final class StoreQuerySource implements QuerySource {

    private final AwService service;
    private final Map<String, AwBucket> buckets = new LinkedHashMap<>();

    StoreQuerySource(AwService service, long userId) {
        this.service = service;
        service.buckets(userId).stream().sorted(Comparator.comparingLong(AwBucket::row))
                .forEach(b -> buckets.put(b.id(), b));
    }

    @Override
    public List<String> bucketIds() {
        return List.copyOf(buckets.keySet());
    }

    @Override
    public List<AwEvent> events(String bucketId, Instant start, Instant end) {
        AwBucket bucket = buckets.get(bucketId);
        if (bucket == null) {
            throw new QueryException("There's no bucket named '" + bucketId + "'");
        }
        return service.read(c -> AwStore.eventsAscending(c, bucket.row(), start, end));
    }

    @Override
    public String hostname(String bucketId) {
        AwBucket bucket = buckets.get(bucketId);
        return bucket == null ? null : bucket.hostname();
    }
}
