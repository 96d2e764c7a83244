package io.stint.capture.activitywatch.internal;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.stint.store.api.Migrations;
import io.stint.store.api.StoreException;
import io.stint.store.api.Transactions;

/**
 * Buckets and events of each Stint user, ActivityWatch's way. Heartbeats are decided in memory
 * under their bucket's lock and written by the {@link GroupWriter}; a request is answered once its
 * write is committed, so every read sees every acknowledged write.
 */
@Component(service = AwService.class, configurationPid = AwConfig.PID)
@Migrations
public final class AwService {

    private final Transactions tx;
    private final ActivityFeed feed;
    private final GroupWriter writer;
    private final long ackMillis;
    private final AtomicLong eventIds;
    private final Map<Key, BucketState> states = new ConcurrentHashMap<>();

    private record Key(long userId, String bucketId) {
    }

    @Activate
    public AwService(@Reference Transactions tx, @Reference ActivityFeed feed, AwConfig config) {
        this.tx = tx;
        this.feed = feed;
        this.ackMillis = config.ack_timeout_millis();
        this.eventIds = new AtomicLong(tx.call(AwStore::maxEventId));
        this.writer = new GroupWriter(tx, feed, config.queue_capacity());
    }

    @Deactivate
    public void close() {
        writer.close();
    }

    List<AwBucket> buckets(long userId) {
        return tx.call(c -> AwStore.buckets(c, userId));
    }

    AwBucket bucket(long userId, String id) {
        return tx.call(c -> AwStore.bucket(c, userId, id)).orElseThrow(() -> AwException.noSuchBucket(id));
    }

    /** Creates a bucket; false when the user already has one with that id (ActivityWatch answers 304). */
    boolean create(long userId, AwJson.NewBucket bucket) {
        String created = bucket.created() != null ? bucket.created() : AwTimes.format(Instant.now());
        try {
            return tx.call(c -> {
                if (AwStore.bucket(c, userId, bucket.id()).isPresent()) {
                    return false;
                }
                AwStore.insertBucket(c, userId, bucket, created);
                return true;
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                return false; // created meanwhile by a concurrent request
            }
            throw e;
        }
    }

    void delete(long userId, String id) {
        BucketState state = state(userId, id);
        synchronized (state) {
            if (state.deleted) {
                throw AwException.noSuchBucket(id);
            }
            await(writer.submit(c -> {
                AwStore.deleteBucket(c, state.bucket.row());
                return null;
            }));
            state.deleted = true;
            states.remove(new Key(userId, id), state);
        }
    }

    List<AwEvent> events(long userId, String id, Instant start, Instant end, int limit) {
        long row = bucket(userId, id).row();
        return tx.call(c -> AwStore.events(c, row, start, end, limit));
    }

    long count(long userId, String id, Instant start, Instant end) {
        long row = bucket(userId, id).row();
        return tx.call(c -> AwStore.count(c, row, start, end));
    }

    AwEvent event(long userId, String id, long eventId) {
        long row = bucket(userId, id).row();
        return tx.call(c -> AwStore.event(c, row, eventId)).orElseThrow(() -> AwException.noSuchEvent(id, eventId));
    }

    void deleteEvent(long userId, String id, long eventId) {
        BucketState state = state(userId, id);
        synchronized (state) {
            live(state);
            state.loadedGeneration = -1;
            await(writer.submit(c -> {
                AwStore.deleteEvent(c, state.bucket.row(), eventId);
                return null;
            }));
        }
    }

    /**
     * Stores events: one without an id (or whose id is not in this bucket) is new; one with the id of
     * an event of this bucket replaces it. Answers them as stored.
     */
    List<AwEvent> insert(long userId, String id, List<AwEvent> events) {
        BucketState state = state(userId, id);
        synchronized (state) {
            live(state);
            state.loadedGeneration = -1;
            long row = state.bucket.row();
            return await(writer.submit(c -> {
                List<AwStore.Row> inserts = new ArrayList<>();
                List<AwStore.Row> updates = new ArrayList<>();
                List<AwEvent> stored = new ArrayList<>();
                for (AwEvent e : events) {
                    boolean replaces = e.id() != null && AwStore.event(c, row, e.id()).isPresent();
                    AwEvent s = replaces ? e : e.withId(eventIds.incrementAndGet());
                    (replaces ? updates : inserts).add(new AwStore.Row(row, s));
                    stored.add(s);
                }
                AwStore.insert(c, inserts);
                AwStore.update(c, updates);
                AwStore.touch(c, List.of(row), AwTimes.format(Instant.now()));
                stored.forEach(s -> feed.record(state.bucket, s));
                return stored;
            }));
        }
    }

    /** ActivityWatch's heartbeat: merged into the bucket's last event or stored as a new one; answers the result. */
    AwEvent heartbeat(long userId, String id, AwEvent heartbeat, double pulsetime) {
        BucketState state = state(userId, id);
        CompletableFuture<AwEvent> done = new CompletableFuture<>();
        synchronized (state) {
            live(state);
            long generation = state.generation.get();
            if (state.loadedGeneration != generation) {
                state.last = tx.call(c -> AwStore.lastEvent(c, state.bucket.row()));
                state.loadedGeneration = generation;
            }
            AwEvent last = state.last;
            boolean merges = Heartbeats.merges(last, heartbeat, pulsetime);
            AwEvent result = merges ? Heartbeats.merge(last, heartbeat) : heartbeat.withId(eventIds.incrementAndGet());
            if (!writer.offer(new GroupWriter.Write(state, generation, result, !merges, heartbeat, pulsetime, done))) {
                throw new AwException(503, "The server is busy; try again");
            }
            state.last = result;
        }
        return await(done);
    }

    /** Runs {@code work} on a read transaction: for export and queries. */
    <T> T read(io.stint.store.api.TransactionalWork<T> work) {
        return tx.call(work);
    }

    /** Stores new buckets with their events in one transaction; none is stored if any exists already. */
    void importBuckets(long userId, List<AwJson.NewBucket> buckets, List<List<AwEvent>> events) {
        try {
            tx.run(c -> {
                for (int i = 0; i < buckets.size(); i++) {
                    AwJson.NewBucket b = buckets.get(i);
                    if (AwStore.bucket(c, userId, b.id()).isPresent()) {
                        throw new AwException(409, "Failed to import bucket: bucket '" + b.id() + "' already exists");
                    }
                    AwBucket stored = AwStore.insertBucket(c, userId, b,
                            b.created() != null ? b.created() : AwTimes.format(Instant.now()));
                    List<AwStore.Row> rows = new ArrayList<>();
                    for (AwEvent e : events.get(i)) {
                        rows.add(new AwStore.Row(stored.row(), e.withId(eventIds.incrementAndGet())));
                    }
                    AwStore.insert(c, rows);
                    rows.forEach(r -> feed.record(stored, r.event()));
                }
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLIntegrityConstraintViolationException) {
                throw new AwException(409, "Failed to import bucket: a bucket with that id already exists");
            }
            throw e;
        }
    }

    private BucketState state(long userId, String id) {
        Key key = new Key(userId, id);
        BucketState state = states.get(key);
        if (state == null) {
            AwBucket bucket = bucket(userId, id);
            state = states.computeIfAbsent(key, k -> new BucketState(bucket));
        }
        return state;
    }

    private static void live(BucketState state) {
        if (state.deleted) {
            throw AwException.noSuchBucket(state.bucket.id());
        }
    }

    private <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(ackMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AwException(503, "The write was not acknowledged in time; try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AwException(503, "Interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
