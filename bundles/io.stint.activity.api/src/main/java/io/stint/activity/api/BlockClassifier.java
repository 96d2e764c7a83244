package io.stint.activity.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Assigns blocks automatically, supplied by a rule module as a DS service. The activity module asks
 * it about every block segmentation makes or changes, unless the block is locked or a person
 * assigned it; with no classifier registered, new blocks stay unassigned. Must be fast and must not
 * block: it is called inside the segmentation transaction.
 */
@ConsumerType
public interface BlockClassifier {

    /** The assignment for a block of {@code userId} showing {@code facts}, or empty: no rule matches. */
    Optional<Classification> classify(long userId, BlockFacts facts);
}
