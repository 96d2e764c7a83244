package io.stint.rules.internal.engine;

import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import java.time.Instant;

/** Rules for tests. */
final class TestRules {

    private static final Instant T = Instant.parse("2026-01-09T15:30:00Z");

    private TestRules() {
    }

    static Rule rule(long id, int priority, MatchType type, String value) {
        return rule(id, priority, type, value, 0, true);
    }

    static Rule rule(long id, int priority, MatchType type, String value, int boost, boolean enabled) {
        return new Rule(id, "rule " + id, priority, type, value, 100 + id, null, boost, enabled, T, T);
    }
}
