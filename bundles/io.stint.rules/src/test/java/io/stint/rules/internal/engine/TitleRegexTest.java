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

    @Test
    void patternsThatWouldBeHugeOnceCompiledAreRefusedBeforeCompiling() {
        assertEquals("the pattern is too large once its repeats are expanded (at most 1000 characters or classes)",
                refusal("((a{1000}){1000}){1000}"));
        assertEquals("the pattern is too large once its repeats are expanded (at most 1000 characters or classes)",
                refusal("(?:[a-z]{100}\\d){60}"));
        assertEquals("the pattern nests groups more than 100 deep", refusal("(".repeat(3000) + ")".repeat(3000)));
    }

    @Test
    void largeButReasonablePatternsAreAccepted() throws Exception {
        RuleCheck.validate(TITLE_REGEX, "[a-z]{1,1000}");
        RuleCheck.validate(TITLE_REGEX, "\\d{1,3}(\\.\\d{1,3}){3}|.{0,100} - Excel");
        RuleCheck.validate(TITLE_REGEX, "(\\x{1000}|\\p{Greek}){10}\\Q{1000}{1000}\\E[{1000}]{2}");
        RuleCheck.validate(TITLE_REGEX, "(".repeat(100) + "a" + ")".repeat(100));
        RuleCheck.validate(TITLE_REGEX, "a{500}b{250}c{200}(d|e){24}");
        assertEquals("the pattern is too large once its repeats are expanded (at most 1000 characters or classes)",
                refusal("a{500}b{250}c{200}(d|e){25}x"));
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
