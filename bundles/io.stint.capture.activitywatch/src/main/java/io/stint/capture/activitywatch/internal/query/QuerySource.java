package io.stint.capture.activitywatch.internal.query;

import java.time.Instant;
import java.util.List;

import io.stint.capture.activitywatch.internal.AwEvent;

/** The caller's buckets and events, as the query language sees them. */
public interface QuerySource {

    /** The caller's bucket ids, in creation order ({@code find_bucket} takes the first match). */
    List<String> bucketIds();

    /**
     * The events of a bucket overlapping {@code [start, end)}, sorted by timestamp ascending.
     *
     * @throws QueryException if the bucket does not exist
     */
    List<AwEvent> events(String bucketId, Instant start, Instant end);

    /**
     * The hostname a bucket was created with, for {@code find_bucket(prefix, hostname)}; null when
     * unknown, and then a bucket matches the hostname when its id ends with {@code "_" + hostname}
     * (the ActivityWatch watchers name their buckets {@code <watcher>_<hostname>}).
     */
    default String hostname(String bucketId) {
        return null;
    }
}
