package io.stint.rules.internal.engine;

import io.stint.rules.api.Rule;

/**
 * The rule that matched an event, its score (0..100) and its grade.
 *
 * @param rule the first matching rule in rank order
 * @param score {@link Confidence#score} of the match
 * @param confidence {@code HIGH}, {@code MEDIUM} or {@code LOW}
 */
public record EngineMatch(Rule rule, int score, String confidence) {
}
