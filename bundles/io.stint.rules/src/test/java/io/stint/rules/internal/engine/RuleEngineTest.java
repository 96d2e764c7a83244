package io.stint.rules.internal.engine;

import static io.stint.rules.api.MatchType.APP;
import static io.stint.rules.api.MatchType.DOMAIN;
import static io.stint.rules.api.MatchType.KEYWORD;
import static io.stint.rules.api.MatchType.TITLE_REGEX;
import static io.stint.rules.internal.engine.TestRules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static Optional<Long> winner(List<Rule> rules, String app, String title, String url, String domain) {
        return RuleEngine.compile(rules).classify(app, title, url, domain).map(m -> m.rule().id());
    }

    private static boolean matches(Rule rule, String app, String title, String url, String domain) {
        return winner(List.of(rule), app, title, url, domain).isPresent();
    }

    @Test
    void anAppRuleMatchesTheWholeNameIgnoringCase() {
        Rule code = rule(1, 0, APP, "  Code.exe ");
        assertTrue(matches(code, "Code.exe", null, null, null));
        assertTrue(matches(code, "CODE.EXE", null, null, null));
        assertFalse(matches(code, "Code.exe2", null, null, null));
        assertFalse(matches(code, "VSCode.exe", null, null, null));
        assertFalse(matches(code, null, "Code.exe", null, null));
    }

    @Test
    void anAppRuleMatchesNonAsciiNamesIgnoringCase() {
        assertTrue(matches(rule(1, 0, APP, "ÉDITEUR"), "éditeur", null, null, null));
        assertTrue(matches(rule(1, 0, APP, "İnternet"), "İNTERNET", null, null, null));
    }

    @Test
    void aDomainRuleMatchesTheHostAndItsSubdomainsButNotLookalikes() {
        Rule github = rule(1, 0, DOMAIN, "GitHub.com");
        assertTrue(matches(github, null, null, null, "github.com"));
        assertTrue(matches(github, null, null, null, "api.github.com"));
        assertTrue(matches(github, null, null, null, "a.b.GITHUB.com."));
        assertFalse(matches(github, null, null, null, "notgithub.com"));
        assertFalse(matches(github, null, null, null, "github.com.evil.org"));
        assertFalse(matches(github, null, null, null, "com"));
    }

    @Test
    void aDomainRuleAcceptsAWildcardPrefixAndATrailingDot() {
        assertTrue(matches(rule(1, 0, DOMAIN, "*.github.com."), null, null, null, "gist.github.com"));
        assertTrue(matches(rule(1, 0, DOMAIN, "*.github.com"), null, null, null, "github.com"));
    }

    @Test
    void theHostComesFromTheUrlWhenNoDomainIsGiven() {
        Rule github = rule(1, 0, DOMAIN, "github.com");
        assertTrue(matches(github, null, null, "https://api.github.com:443/repos?q=1", null));
        assertTrue(matches(github, null, null, "https://user@GitHub.com/x", null));
        assertFalse(matches(github, null, null, "https://example.com/github.com", null));
        assertFalse(matches(github, null, null, "not a url at all ::", null));
        assertFalse(matches(github, null, null, "github.com/acme", null));
    }

    @Test
    void aGivenDomainWinsOverTheUrlsHostAndLosesItsPort() {
        Rule github = rule(1, 0, DOMAIN, "github.com");
        assertTrue(matches(github, null, null, "https://example.com/", "github.com:8443"));
        assertFalse(matches(github, null, null, "https://github.com/", "example.com"));
    }

    @Test
    void aTitleRegexIsFoundAnywhereInTheTitle() {
        Rule pr = rule(1, 0, TITLE_REGEX, "Pull Request #\\d+");
        assertTrue(matches(pr, null, "Pull Request #123 · acme/api - GitHub - Google Chrome", null, null));
        assertFalse(matches(pr, null, "pull request #123", null, null));
        assertFalse(matches(pr, null, "Pull Request #", null, null));
        assertFalse(matches(pr, "Pull Request #1", null, "https://x/Pull Request #1", null));
    }

    @Test
    void aTitleRegexWithoutAnyLiteralStillMatches() {
        Rule digits = rule(1, 0, TITLE_REGEX, "^\\d{4}$|x{3}");
        assertTrue(matches(digits, null, "2026", null, null));
        assertTrue(matches(digits, null, "a xxx b", null, null));
        assertFalse(matches(digits, null, "20261", null, null));
    }

    @Test
    void aKeywordIsASubstringOfTitleAppOrUrlIgnoringCase() {
        Rule budget = rule(1, 0, KEYWORD, "BUDGET");
        assertTrue(matches(budget, null, "Budget 2026.xlsx - Excel", null, null));
        assertTrue(matches(budget, "BudgetApp", null, null, null));
        assertTrue(matches(budget, null, null, "https://sheets.example.com/budget/2026", "example.com"));
        assertFalse(matches(budget, "Excel", "Forecast 2026.xlsx - Excel", "https://example.com/", null));
    }

    @Test
    void aKeywordLooksInTheDomainOnlyWhenThereIsNoUrl() {
        Rule acme = rule(1, 0, KEYWORD, "acme");
        assertTrue(matches(acme, null, null, null, "jira.acme.io"));
        assertFalse(matches(acme, null, null, "https://jira.example.io/", "jira.acme.io"));
    }

    @Test
    void aKeywordDoesNotMatchAcrossTwoTexts() {
        assertFalse(matches(rule(1, 0, KEYWORD, "excelbudget"), "Excel", "Budget", null, null));
    }

    @Test
    void keywordsFindNonAsciiTextIgnoringCase() {
        assertTrue(matches(rule(1, 0, KEYWORD, "ÜBERSICHT"), null, "Projektübersicht – Word", null, null));
        assertTrue(matches(rule(1, 0, KEYWORD, "straße"), null, "STRAßE 5", null, null));
        assertTrue(matches(rule(1, 0, KEYWORD, "\u0130stanbul"), null, "\u0130STANBUL trip", null, null));
        assertTrue(matches(rule(1, 0, KEYWORD, "i\u0307stanbul"), null, "\u0130STANBUL trip", null, null));
        assertFalse(matches(rule(1, 0, KEYWORD, "\u0130stanbul"), null, "ISTANBUL trip", null, null));
        assertTrue(matches(rule(1, 0, KEYWORD, "😀 plan"), null, "The 😀 Plan", null, null));
    }

    @Test
    void theHighestPriorityWinsAndTiesGoToTheLowerId() {
        List<Rule> rules = List.of(rule(5, 1, KEYWORD, "budget"), rule(3, 1, APP, "Excel"),
                rule(4, 1, DOMAIN, "example.com"), rule(9, 0, APP, "Excel"));
        assertEquals(Optional.of(3L), winner(rules, "Excel", "Budget", null, "example.com"));
        assertEquals(Optional.of(4L), winner(rules, "Word", "Budget", null, "example.com"));
        assertEquals(Optional.of(5L), winner(rules, "Word", "Budget", null, null));
        List<Rule> higher = List.of(rule(5, 2, KEYWORD, "budget"), rule(3, 1, APP, "Excel"));
        assertEquals(Optional.of(5L), winner(higher, "Excel", "Budget", null, null));
    }

    @Test
    void aRegexRankedAboveAnExactHitIsTriedFirstAndOneBelowIsNot() {
        List<Rule> rules = List.of(rule(1, 5, TITLE_REGEX, "Budget \\d+"), rule(2, 3, APP, "Excel"),
                rule(3, 1, TITLE_REGEX, "Budget"));
        assertEquals(Optional.of(1L), winner(rules, "Excel", "Budget 2026", null, null));
        assertEquals(Optional.of(2L), winner(rules, "Excel", "Budget x", null, null));
        assertEquals(Optional.of(3L), winner(rules, "Word", "Budget x", null, null));
    }

    @Test
    void disabledRulesAreIgnored() {
        List<Rule> rules = List.of(rule(1, 9, APP, "Excel", 0, false), rule(2, 1, KEYWORD, "budget"),
                rule(3, 9, TITLE_REGEX, "Budget", 0, false));
        RuleEngine engine = RuleEngine.compile(rules);
        assertEquals(1, engine.size());
        assertEquals(Optional.of(2L), engine.classify("Excel", "Budget", null, null).map(m -> m.rule().id()));
        assertEquals(Optional.empty(), engine.classify("Excel", "Forecast", null, null));
    }

    @Test
    void anInvalidStoredRuleIsLeftOutInsteadOfBreakingTheOthers() {
        RuleEngine engine = RuleEngine.compile(List.of(rule(1, 9, TITLE_REGEX, "(unclosed"),
                rule(2, 1, APP, "Excel")));
        assertEquals(1, engine.size());
        assertEquals(Optional.of(2L), engine.classify("Excel", "(unclosed", null, null).map(m -> m.rule().id()));
    }

    @Test
    void oneEngineAnswersManyThreadsAtOnceAsItAnswersOne() throws Exception {
        List<Rule> rules = List.of(rule(1, 3, APP, "Excel"), rule(2, 2, DOMAIN, "github.com"),
                rule(3, 1, KEYWORD, "budget"), rule(4, 4, TITLE_REGEX, "Pull Request #\\d+"),
                rule(5, 5, MatchType.COMPOSITE, "{\"all\":[{\"app\":\"chrome\"},{\"keyword\":\"acme\"}]}"));
        RuleEngine engine = RuleEngine.compile(rules);
        String[][] events = {{"Excel", "Budget", null, null}, {"chrome", "Pull Request #4", null, "github.com"},
            {"chrome", "acme board", null, null}, {"Word", "budget", null, null}, {"Word", "notes", null, null}};
        List<Optional<Long>> expected = new java.util.ArrayList<>();
        for (String[] e : events) {
            expected.add(engine.classify(e[0], e[1], e[2], e[3]).map(m -> m.rule().id()));
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Boolean>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 20_000; i++) {
                        String[] e = events[i % events.length];
                        if (!engine.classify(e[0], e[1], e[2], e[3]).map(m -> m.rule().id())
                                .equals(expected.get(i % events.length))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (var run : runs) {
                assertTrue(run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(Optional.of(1L), Optional.of(4L), Optional.of(5L), Optional.of(3L), Optional.empty()),
                expected);
    }

    @Test
    void anEventWithNothingMatchesNothing() {
        RuleEngine engine = RuleEngine.compile(List.of(rule(1, 0, APP, "Excel"), rule(2, 0, DOMAIN, "x.com"),
                rule(3, 0, KEYWORD, "k"), rule(4, 0, TITLE_REGEX, ".*")));
        assertEquals(Optional.empty(), engine.classify(null, null, null, null));
        assertEquals(Optional.empty(), RuleEngine.compile(List.of()).classify("a", "b", "https://c/", "d"));
    }
}
