package io.stint.activity.api;

import java.util.Collection;
import java.util.Map;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Pending assignment suggestions for blocks, supplied by a helper module (the AI helper) as a DS
 * service. The activity module shows them beside blocks that need review; a suggestion changes
 * nothing until a person accepts it.
 *
 * @since 1.2.0
 */
@ConsumerType
public interface BlockSuggestions {

    /**
     * A suggested assignment.
     *
     * @param profileId the profile suggested
     * @param confidence HIGH, MEDIUM or LOW
     * @param reason why, in a few words, or null
     */
    record Suggestion(long profileId, String confidence, String reason) {
    }

    /** The pending suggestion of each of {@code blockIds} of {@code userId} that has one; one call per page of blocks. */
    Map<Long, Suggestion> pending(long userId, Collection<Long> blockIds);
}
