package io.stint.activity.api;

import java.util.List;
import java.util.function.LongConsumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Applies a classifier to what is already stored — after rules change, or as a dry run. Blocks
 * showing the same activity (application, title, domain) share its classification, so a run
 * classifies each distinct activity once, and every block showing it follows, except locked blocks
 * and blocks a person assigned. What would not change is not written, so running it twice changes
 * nothing the second time.
 */
@ProviderType
public interface Reclassification {

    /**
     * What a run did.
     *
     * @param examined the distinct activities classified
     * @param changedActivities those whose classification changed
     * @param changedBlocks the blocks whose assignment changed with them
     */
    record Outcome(long examined, long changedActivities, long changedBlocks) {
    }

    /**
     * A change a run would make to one block.
     *
     * @param block the block as it is
     * @param after the assignment it would get, or null: it would become unassigned
     */
    record Change(ActivityBlock block, Classification after) {
    }

    /** The number of distinct activities a run examines. */
    long count();

    /**
     * Applies {@code classifier} to everything stored, in batches, each its own transaction;
     * {@code progress} hears the number of activities examined so far after each batch.
     */
    Outcome apply(BlockClassifier classifier, LongConsumer progress);

    /**
     * The first {@code limit} changes {@code classifier} would make to the blocks of {@code userId}
     * (null: anyone's) overlapping [fromMs, toMs), without making them.
     */
    List<Change> preview(Long userId, long fromMs, long toMs, BlockClassifier classifier, int limit);
}
