package io.stint.rules.api;

import java.time.Instant;

/**
 * An assignment rule. Rules are tried by {@code priority}, highest first, ties by the lower id; the
 * first that matches assigns the block to {@code targetProfileId} (and {@code targetServiceId}, when
 * set, instead of the profile's service).
 *
 * @param id the rule's id
 * @param name its name
 * @param priority higher first
 * @param matchType how it matches
 * @param matchValue the app, domain, pattern, keyword, or the JSON condition tree
 * @param targetProfileId the profile it assigns
 * @param targetServiceId a service overriding the profile's, or null
 * @param confidenceBoost −100..100, added to the match's base score
 * @param enabled disabled rules match nothing
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Rule(long id, String name, int priority, MatchType matchType, String matchValue, long targetProfileId,
        Long targetServiceId, int confidenceBoost, boolean enabled, Instant createdAt, Instant updatedAt) {

    /** Its editable fields as they are, to start a change from. */
    public RuleDraft draft() {
        return new RuleDraft(name, priority, matchType, matchValue, targetProfileId, targetServiceId, confidenceBoost,
                enabled);
    }
}
