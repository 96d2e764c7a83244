package io.stint.capture.activitywatch.internal.query;

import java.time.Instant;
import java.util.List;

import io.stint.capture.activitywatch.internal.AwEvent;

/** PLACEHOLDER until the query interpreter lands (branch awquery): the caller's buckets and events. */
public interface QuerySource {

    List<String> bucketIds();

    List<AwEvent> events(String bucketId, Instant start, Instant end);

    default String hostname(String bucketId) {
        return null;
    }
}
