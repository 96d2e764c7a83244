package io.stint.activity.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Assigns blocks automatically, supplied by a rule module as a DS service. The activity module asks
 * it about each activity (application, title, domain) the first time a block shows it; locked blocks
 * and blocks a person assigned keep their own assignment. With no classifier registered, new blocks
 * stay unassigned. Must be fast and must not block: it is called inside the segmentation transaction.
 */
@ConsumerType
public interface BlockClassifier {

    /**
     * The assignment for blocks showing {@code facts}, or empty: no rule matches. Blocks showing the
     * same activity share its answer, whoever's they are: {@code userId} is the user whose block
     * showed it first, or 0 when applying rules to everything stored.
     */
    Optional<Classification> classify(long userId, BlockFacts facts);
}
