package io.stint.rules.internal.engine;

import static io.stint.rules.internal.engine.TestRules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.stint.rules.api.MatchType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

    @Test
    void eachMatchTypeHasItsBase() {
        assertEquals(90, Confidence.base(MatchType.APP));
        assertEquals(80, Confidence.base(MatchType.DOMAIN));
        assertEquals(70, Confidence.base(MatchType.TITLE_REGEX));
        assertEquals(60, Confidence.base(MatchType.KEYWORD));
        assertEquals(50, Confidence.base(MatchType.COMPOSITE));
    }

    @Test
    void gradesChangeExactlyAt50And80() {
        assertEquals("LOW", Confidence.grade(0));
        assertEquals("LOW", Confidence.grade(49));
        assertEquals("MEDIUM", Confidence.grade(50));
        assertEquals("MEDIUM", Confidence.grade(79));
        assertEquals("HIGH", Confidence.grade(80));
        assertEquals("HIGH", Confidence.grade(100));
    }

    @Test
    void theScoreIsClampedTo0And100() {
        assertEquals(100, Confidence.score(90, 100));
        assertEquals(100, Confidence.score(90, 10));
        assertEquals(0, Confidence.score(60, -100));
        assertEquals(0, Confidence.score(60, -60));
        assertEquals(99, Confidence.score(90, 9));
    }

    @Test
    void aMatchCarriesTheBoostedScoreAndItsGrade() {
        assertMatch(MatchType.APP, "Code.exe", -41, 49, "LOW");
        assertMatch(MatchType.APP, "Code.exe", -40, 50, "MEDIUM");
        assertMatch(MatchType.DOMAIN, "github.com", -1, 79, "MEDIUM");
        assertMatch(MatchType.DOMAIN, "github.com", 0, 80, "HIGH");
        assertMatch(MatchType.TITLE_REGEX, "Pull Request", 10, 80, "HIGH");
        assertMatch(MatchType.TITLE_REGEX, "Pull Request", 9, 79, "MEDIUM");
        assertMatch(MatchType.KEYWORD, "budget", -11, 49, "LOW");
        assertMatch(MatchType.KEYWORD, "budget", 100, 100, "HIGH");
        assertMatch(MatchType.KEYWORD, "budget", -100, 0, "LOW");
    }

    private static void assertMatch(MatchType type, String value, int boost, int score, String grade) {
        EngineMatch m = RuleEngine.compile(List.of(rule(1, 0, type, value, boost, true)))
                .classify("Code.exe", "Pull Request #7 · Budget", "https://github.com/acme", null).orElseThrow();
        assertEquals(score, m.score(), type + " " + boost);
        assertEquals(grade, m.confidence(), type + " " + boost);
    }
}
