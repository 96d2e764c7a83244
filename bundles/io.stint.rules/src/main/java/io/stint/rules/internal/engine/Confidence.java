package io.stint.rules.internal.engine;

import io.stint.rules.api.MatchType;

/**
 * How sure a match is.
 *
 * <p>A match starts from a base that depends on how the rule matched: APP 90, DOMAIN 80,
 * TITLE_REGEX 70, KEYWORD 60. A COMPOSITE rule's base is the highest base among the leaves that
 * matched positively (leaves under a {@code not} do not count); a tree that matched with no
 * positive leaf, such as a bare {@code not}, has base 50. The score is
 * {@code clamp(base + confidence_boost, 0, 100)}; the confidence is HIGH when the score is at least
 * 80, MEDIUM when it is at least 50, LOW below 50.
 */
public final class Confidence {

    public static final String HIGH = "HIGH";
    public static final String MEDIUM = "MEDIUM";
    public static final String LOW = "LOW";

    static final int APP = 90;
    static final int DOMAIN = 80;
    static final int TITLE_REGEX = 70;
    static final int KEYWORD = 60;
    /** The base of a COMPOSITE tree that matched with no positive leaf. */
    static final int NO_POSITIVE_LEAF = 50;

    private Confidence() {
    }

    /** The base of a match of this type; for COMPOSITE, the base of a tree with no positive leaf. */
    public static int base(MatchType t) {
        return switch (t) {
            case APP -> APP;
            case DOMAIN -> DOMAIN;
            case TITLE_REGEX -> TITLE_REGEX;
            case KEYWORD -> KEYWORD;
            case COMPOSITE -> NO_POSITIVE_LEAF;
        };
    }

    /** {@code clamp(base + boost, 0, 100)}. */
    public static int score(int base, int boost) {
        return Math.max(0, Math.min(100, base + boost));
    }

    /** HIGH from 80, MEDIUM from 50, LOW below. */
    public static String grade(int score) {
        return score >= 80 ? HIGH : score >= 50 ? MEDIUM : LOW;
    }
}
