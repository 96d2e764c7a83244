package io.stint.rules.internal.engine;

import static io.stint.rules.api.MatchType.TITLE_REGEX;
import static io.stint.rules.internal.engine.TestRules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleRegexTest {

    @Test
    void aPatternThatBacktrackingEnginesChokeOnAnswersOnAHugeTitle() {
        RuleEngine engine = RuleEngine.compile(List.of(rule(1, 0, TITLE_REGEX, "(a+)+$")));
        String noMatch = "a".repeat(100_000) + "!";
        String match = "!" + "a".repeat(100_000);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(Optional.empty(), engine.classify(null, noMatch, null, null));
            assertEquals(Optional.of(1L), engine.classify(null, match, null, null).map(m -> m.rule().id()));
        });
    }

    @Test
    void aBadPatternIsRefusedWithTheRegexEnginesReason() {
        assertEquals("missing closing ): `(Pull`", refusal("(Pull"));
        assertEquals("missing closing ]: `[a-`", refusal("[a-"));
        assertEquals("invalid escape sequence: `\\q`", refusal("\\q"));
        assertEquals("missing argument to repetition operator: `*`", refusal("*GitHub"));
        assertEquals("invalid named capture: `(?<=a)b`", refusal("(?<=a)b"));
        assertEquals("invalid or unsupported Perl syntax: `(?=`", refusal("a(?=b)"));
        assertEquals("a match value is required", refusal(""));
    }

    private static String refusal(String pattern) {
        return assertThrows(InvalidRuleException.class, () -> RuleCheck.validate(TITLE_REGEX, pattern)).getMessage();
    }

    @Test
    void aNullTitleNeverMatchesEvenAPatternThatMatchesNothing() {
        RuleEngine engine = RuleEngine.compile(List.of(rule(1, 0, TITLE_REGEX, "x*")));
        assertEquals(Optional.empty(), engine.classify("x", null, "https://x/", "x"));
        assertEquals(Optional.of(1L), engine.classify(null, "", null, null).map(m -> m.rule().id()));
    }
}
