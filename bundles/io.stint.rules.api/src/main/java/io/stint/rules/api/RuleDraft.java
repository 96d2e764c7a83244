package io.stint.rules.api;

/** A rule's editable fields (see {@link Rule}). */
public record RuleDraft(String name, int priority, MatchType matchType, String matchValue, long targetProfileId,
        Long targetServiceId, int confidenceBoost, boolean enabled) {
}
