package io.stint.activity.api;

import java.util.List;
import java.util.function.LongConsumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Applies a classifier to blocks already stored — after rules change, or as a dry run. Locked
 * blocks and blocks a person assigned are skipped; a block whose assignment would not change is not
 * written, so running it twice changes nothing the second time.
 */
@ProviderType
public interface Reclassification {

    /** What a run did: blocks looked at, and blocks whose assignment changed. */
    record Outcome(long examined, long changed) {
    }

    /**
     * A change a run would make to one block.
     *
     * @param block the block as it is
     * @param after the assignment it would get, or null: it would become unassigned
     */
    record Change(ActivityBlock block, Classification after) {
    }

    /** The number of blocks a run over [fromMs, toMs) would examine ({@code userId} null: every user). */
    long count(Long userId, long fromMs, long toMs);

    /**
     * Applies {@code classifier} to the blocks overlapping [fromMs, toMs), in batches, each its own
     * transaction; {@code progress} hears the number examined so far after each batch.
     */
    Outcome apply(Long userId, long fromMs, long toMs, BlockClassifier classifier, LongConsumer progress);

    /** The first {@code limit} changes {@code classifier} would make, without making them. */
    List<Change> preview(Long userId, long fromMs, long toMs, BlockClassifier classifier, int limit);
}
