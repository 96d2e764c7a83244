package io.stint.capture.activitywatch.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.store.api.TransactionalWork;
import io.stint.store.api.Transactions;

/**
 * One thread that writes: heartbeats queued since its last commit go into one transaction (group
 * commit), and each request is answered after that commit. Other writes (tasks) run in order
 * between, each in its own transaction.
 */
final class GroupWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupWriter.class);
    static final int MAX_BATCH = 1000;

    /** A decided heartbeat: {@code result} is what the bucket's last event becomes. */
    record Write(BucketState state, long generation, AwEvent result, boolean fresh, AwEvent heartbeat,
            double pulsetime, CompletableFuture<AwEvent> done) {
    }

    /** Other work, in its own transaction, in queue order. */
    record Task(TransactionalWork<?> work, CompletableFuture<Object> done) {
    }

    private final Transactions tx;
    private final ActivityFeed feed;
    private final BlockingQueue<Object> queue;
    private final Thread thread;
    private volatile boolean running = true;

    GroupWriter(Transactions tx, ActivityFeed feed, int capacity) {
        this.tx = tx;
        this.feed = feed;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.thread = new Thread(this::loop, "stint-activitywatch-writer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Queues a decided heartbeat; false when the queue is full. */
    boolean offer(Write write) {
        return running && queue.offer(write);
    }

    /** Queues {@code work}; its future completes after its commit. */
    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> submit(TransactionalWork<T> work) {
        CompletableFuture<Object> done = new CompletableFuture<>();
        if (!running || !queue.offer(new Task(work, done))) {
            done.completeExceptionally(new AwException(503, "The server is busy; try again"));
        }
        return (CompletableFuture<T>) done;
    }

    private void loop() {
        List<Object> items = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                Object first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                items.add(first);
                queue.drainTo(items, MAX_BATCH - 1);
                process(items);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                LOG.error("The ActivityWatch writer failed", e);
            } finally {
                items.clear();
            }
        }
        for (Object left; (left = queue.poll()) != null;) {
            fail(left, new AwException(503, "The server is stopping"));
        }
    }

    private void process(List<Object> items) {
        List<Write> writes = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Write w) {
                writes.add(w);
            } else {
                flush(writes);
                run((Task) item);
            }
        }
        flush(writes);
    }

    private void run(Task task) {
        try {
            task.done().complete(tx.call(task.work()));
        } catch (RuntimeException e) {
            task.done().completeExceptionally(e);
        }
    }

    /** Writes {@code writes} in one transaction and answers them after the commit. */
    private void flush(List<Write> writes) {
        if (writes.isEmpty()) {
            return;
        }
        List<Write> valid = new ArrayList<>(writes.size());
        for (Write w : writes) {
            if (w.generation() == w.state().generation.get()) {
                valid.add(w);
            } else {
                w.done().completeExceptionally(new AwException(500, "The heartbeat could not be stored"));
            }
        }
        writes.clear();
        if (valid.isEmpty()) {
            return;
        }
        try {
            tx.run(c -> {
                Map<Long, AwStore.Row> inserts = new LinkedHashMap<>();
                Map<Long, AwStore.Row> updates = new LinkedHashMap<>();
                Set<Long> buckets = new LinkedHashSet<>();
                for (Write w : valid) {
                    long row = w.state().bucket.row();
                    AwStore.Row r = new AwStore.Row(row, w.result());
                    // only an event's final state in this batch is written
                    if (w.fresh() || inserts.containsKey(w.result().id())) {
                        inserts.put(w.result().id(), r);
                    } else {
                        updates.put(w.result().id(), r);
                    }
                    buckets.add(row);
                }
                AwStore.insert(c, inserts.values());
                AwStore.update(c, updates.values());
                AwStore.touch(c, buckets, AwTimes.format(Instant.now()));
                for (Write w : valid) {
                    feed.heartbeat(w.state().bucket, w.heartbeat(), w.pulsetime());
                }
            });
        } catch (RuntimeException e) {
            LOG.error("A batch of {} heartbeats could not be stored", valid.size(), e);
            for (Write w : valid) {
                w.state().generation.incrementAndGet();
            }
            for (Write w : valid) {
                w.done().completeExceptionally(new AwException(500, "The heartbeat could not be stored"));
            }
            return;
        }
        for (Write w : valid) {
            w.done().complete(w.result());
        }
    }

    private static void fail(Object item, RuntimeException e) {
        if (item instanceof Write w) {
            w.done().completeExceptionally(e);
        } else if (item instanceof Task t) {
            t.done().completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
