package io.stint.rules.internal.engine;

import com.google.re2j.Pattern;
import java.util.List;

/**
 * A compiled match: a rule's whole match value, or one node of a COMPOSITE tree. {@link #evaluate}
 * answers {@link #NO_MATCH}, or the highest base among the leaves that matched positively (0 when
 * none did, as under a {@code not}).
 */
sealed interface Condition {

    int NO_MATCH = -1;

    int evaluate(Subject s);

    /** The application name, lower case. */
    record App(String app) implements Condition {
        @Override
        public int evaluate(Subject s) {
            return app.equals(s.appLower()) ? Confidence.APP : NO_MATCH;
        }
    }

    /** The domain, normalised; also matches its subdomains. */
    record Domain(String domain) implements Condition {
        @Override
        public int evaluate(Subject s) {
            String host = s.host();
            return host != null && Domains.within(host, domain) ? Confidence.DOMAIN : NO_MATCH;
        }
    }

    /**
     * A pattern found in the title; {@code alternatives} are {@link RequiredLiteral#alternatives}: a
     * title it matches holds every literal of one of them (none known when empty). With a single
     * alternative, a title missing one of its literals is refused before the pattern runs.
     */
    record TitleRegex(Pattern pattern, List<List<String>> alternatives) implements Condition {
        @Override
        public int evaluate(Subject s) {
            if (s.title == null) {
                return NO_MATCH;
            }
            if (alternatives.size() == 1 && alternatives.get(0).size() > 1) { // one alone made it a candidate
                for (String literal : alternatives.get(0)) {
                    if (!s.titleLower().contains(literal)) {
                        return NO_MATCH;
                    }
                }
            }
            return pattern.matcher(s.title).find() ? Confidence.TITLE_REGEX : NO_MATCH;
        }
    }

    /** A lower-case substring of the title, the application or the URL (else the domain). */
    record Keyword(String keyword) implements Condition {
        @Override
        public int evaluate(Subject s) {
            boolean found = contains(s.titleLower()) || contains(s.appLower()) || contains(s.locatorLower());
            return found ? Confidence.KEYWORD : NO_MATCH;
        }

        private boolean contains(String text) {
            return text != null && text.contains(keyword);
        }
    }

    /** Every child matches; the base is the best of theirs. */
    record All(Condition[] children) implements Condition {
        @Override
        public int evaluate(Subject s) {
            int best = 0;
            for (Condition child : children) {
                int base = child.evaluate(s);
                if (base == NO_MATCH) {
                    return NO_MATCH;
                }
                best = Math.max(best, base);
            }
            return best;
        }
    }

    /** At least one child matches; every child is looked at, since the base is the best of all that match. */
    record Any(Condition[] children) implements Condition {
        @Override
        public int evaluate(Subject s) {
            int best = NO_MATCH;
            for (Condition child : children) {
                best = Math.max(best, child.evaluate(s));
                if (best >= Confidence.APP) {
                    break; // no leaf scores higher than an application
                }
            }
            return best;
        }
    }

    /** The child does not match; what matched beneath a {@code not} never counts toward the base. */
    record Not(Condition child) implements Condition {
        @Override
        public int evaluate(Subject s) {
            return child.evaluate(s) == NO_MATCH ? 0 : NO_MATCH;
        }
    }
}
