package io.stint.rules.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.activity.api.Reclassification;
import io.stint.rules.api.RuleJob;

/**
 * The background runs applying rules to stored blocks: one at a time, in the order asked, each with
 * its progress readable while it runs. The last {@value #KEPT} jobs are remembered (in memory: a
 * restart forgets them).
 */
final class RuleJobs {

    static final int KEPT = 200;

    private static final Logger LOG = LoggerFactory.getLogger(RuleJobs.class);

    private final AtomicLong ids = new AtomicLong();
    private Long waiting;
    private final Map<Long, RuleJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stint-rules-jobs");
        t.setDaemon(true);
        return t;
    });

    /**
     * Queues a run: {@code work} gets a progress listener and answers the outcome. A run still
     * waiting to start is answered instead of queueing another: it applies the rules as they are when
     * it starts, which covers this change too.
     */
    synchronized RuleJob start(String reason, long total, Function<LongConsumer, Reclassification.Outcome> work) {
        if (waiting != null) {
            return jobs.get(waiting);
        }
        long id = ids.incrementAndGet();
        RuleJob queued = new RuleJob(id, RuleJob.RUNNING, reason, total, 0, 0, 0, Instant.now(), null, null);
        jobs.put(id, queued);
        jobs.remove(id - KEPT);
        waiting = id;
        worker.execute(() -> {
            synchronized (this) {
                if (waiting != null && waiting == id) {
                    waiting = null;
                }
            }
            try {
                Reclassification.Outcome done = work.apply(examined -> jobs.computeIfPresent(id, (k, j) -> new RuleJob(
                        id, j.state(), reason, Math.max(j.total(), examined), examined, 0, 0, j.startedAt(), null, null)));
                jobs.computeIfPresent(id, (k, j) -> new RuleJob(id, RuleJob.DONE, reason, Math.max(j.total(), done.examined()),
                        done.examined(), done.changedActivities(), done.changedBlocks(), j.startedAt(), Instant.now(), null));
            } catch (RuntimeException e) {
                LOG.warn("Applying the rules to stored blocks failed (job {})", id, e);
                jobs.computeIfPresent(id, (k, j) -> new RuleJob(id, RuleJob.FAILED, reason, j.total(), j.examined(),
                        j.changedActivities(), j.changed(), j.startedAt(), Instant.now(),
                        "The run stopped: " + e.getClass().getSimpleName()));
            }
        });
        return queued;
    }

    Optional<RuleJob> find(long id) {
        return Optional.ofNullable(jobs.get(id));
    }

    void close() {
        worker.shutdownNow();
    }
}
