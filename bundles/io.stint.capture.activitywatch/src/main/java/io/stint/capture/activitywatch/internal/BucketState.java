package io.stint.capture.activitywatch.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A bucket's in-memory heartbeat state. Its monitor orders every write to the bucket; the last
 * event is what heartbeats merge into. {@link #generation} moves on when a batch with this
 * bucket's writes failed: writes decided before that are refused, and the last event is reloaded.
 */
final class BucketState {

    final AwBucket bucket;
    final AtomicLong generation = new AtomicLong();

    /** Guarded by this. */
    AwEvent last;
    /** The generation {@link #last} was loaded in; -1: load it again. Guarded by this. */
    long loadedGeneration = -1;
    /** Guarded by this. */
    boolean deleted;

    BucketState(AwBucket bucket) {
        this.bucket = bucket;
    }
}
