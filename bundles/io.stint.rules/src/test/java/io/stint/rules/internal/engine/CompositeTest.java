package io.stint.rules.internal.engine;

import static io.stint.rules.api.MatchType.APP;
import static io.stint.rules.api.MatchType.COMPOSITE;
import static io.stint.rules.internal.engine.TestRules.rule;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompositeTest {

    /** The score of a COMPOSITE rule with no boost on the event, or -1 when it does not match. */
    private static int score(String tree, String app, String title, String url, String domain) {
        return RuleEngine.compile(List.of(rule(1, 0, COMPOSITE, tree))).classify(app, title, url, domain)
                .map(EngineMatch::score).orElse(-1);
    }

    private static String refusal(String tree) {
        return assertThrows(InvalidRuleException.class, () -> RuleCheck.validate(COMPOSITE, tree)).getMessage();
    }

    @Test
    void allNeedsEveryChildAndScoresItsBestLeaf() {
        String tree = "{\"all\":[{\"domain\":\"github.com\"},{\"title_regex\":\"Pull Request\"}]}";
        assertEquals(80, score(tree, "chrome", "Pull Request #1", null, "github.com"));
        assertEquals(-1, score(tree, "chrome", "Issues", null, "github.com"));
        assertEquals(-1, score(tree, "chrome", "Pull Request #1", null, "gitlab.com"));
    }

    @Test
    void anyNeedsOneChildAndScoresTheBestOfThoseThatMatched() {
        String tree = "{\"any\":[{\"keyword\":\"budget\"},{\"app\":\"Excel\"},{\"title_regex\":\"\\\\d{4}\"}]}";
        assertEquals(60, score(tree, "Word", "Budget notes", null, null));
        assertEquals(70, score(tree, "Word", "Budget 2026", null, null));
        assertEquals(90, score(tree, "EXCEL", "Budget 2026", null, null));
        assertEquals(-1, score(tree, "Word", "Notes", null, null));
    }

    @Test
    void leavesUnderANotNeverCountTowardTheBase() {
        String tree = "{\"all\":[{\"keyword\":\"invoice\"},{\"not\":{\"app\":\"Outlook\"}}]}";
        assertEquals(60, score(tree, "Excel", "Invoice 7", null, null));
        assertEquals(-1, score(tree, "Outlook", "Invoice 7", null, null));
        assertEquals(50, score("{\"not\":{\"app\":\"Outlook\"}}", "Excel", null, null, null));
        assertEquals(50, score("{\"not\":{\"not\":{\"app\":\"Excel\"}}}", "Excel", null, null, null));
        assertEquals(-1, score("{\"not\":{\"not\":{\"app\":\"Excel\"}}}", "Word", null, null, null));
    }

    @Test
    void nestedTreesCombine() {
        String tree = "{\"any\":[{\"all\":[{\"app\":\"chrome\"},{\"domain\":\"jira.acme.io\"}]},"
                + "{\"all\":[{\"keyword\":\"ACME-\"},{\"not\":{\"domain\":\"github.com\"}}]}]}";
        assertEquals(90, score(tree, "Chrome", "Board", null, "jira.acme.io"));
        assertEquals(60, score(tree, "Slack", "ACME-12 discussion", null, "slack.com"));
        assertEquals(-1, score(tree, "Slack", "ACME-12 discussion", null, "github.com"));
        assertEquals(-1, score(tree, "Firefox", "Board", null, "jira.acme.io"));
    }

    @Test
    void aCompositeRanksLikeAnyOtherRule() {
        String tree = "{\"all\":[{\"app\":\"Excel\"},{\"keyword\":\"budget\"}]}";
        var rules = List.of(rule(1, 1, APP, "Excel"), rule(2, 2, COMPOSITE, tree));
        RuleEngine engine = RuleEngine.compile(rules);
        assertEquals(Optional.of(2L), engine.classify("Excel", "Budget", null, null).map(m -> m.rule().id()));
        assertEquals(Optional.of(1L), engine.classify("Excel", "Forecast", null, null).map(m -> m.rule().id()));
    }

    @Test
    void treesAtTheLimitsAreAccepted() throws Exception {
        String deep = "{\"app\":\"x\"}";
        for (int level = 1; level < CompositeParser.MAX_DEPTH; level++) {
            deep = "{\"not\":" + deep + "}";
        }
        RuleCheck.validate(COMPOSITE, deep);
        RuleCheck.validate(COMPOSITE, wide(CompositeParser.MAX_NODES - 1));
    }

    @Test
    void treesBeyondTheLimitsAreRefused() {
        String deep = "{\"app\":\"x\"}";
        for (int level = 0; level < CompositeParser.MAX_DEPTH; level++) {
            deep = "{\"not\":" + deep + "}";
        }
        assertEquals("not.not.not.not.not.not.not.not: too deep: a condition tree has at most 8 levels",
                refusal(deep));
        assertEquals("any[63]: too many conditions: a tree has at most 64", refusal(wide(CompositeParser.MAX_NODES)));
        assertTrue(refusal("[".repeat(5000)).startsWith("not valid JSON: "), refusal("[".repeat(5000)));
        assertEquals("not.not.not.not.not.not.not.not: too deep: a condition tree has at most 8 levels",
                refusal("{\"not\":".repeat(900) + "{\"app\":\"x\"}" + "}".repeat(900)));
        String huge = "{\"keyword\":\"" + "x".repeat(RuleCheck.MAX_VALUE_BYTES) + "\"}";
        assertTrue(refusal(huge).contains("at most 16384 bytes"), refusal(huge));
    }

    private static String wide(int leaves) {
        StringBuilder b = new StringBuilder("{\"any\":[");
        for (int i = 0; i < leaves; i++) {
            b.append(i == 0 ? "" : ",").append("{\"keyword\":\"k").append(i).append("\"}");
        }
        return b.append("]}").toString();
    }

    @Test
    void badTreesAreRefusedSayingWhere() {
        assertTrue(refusal("{\"all\":[").startsWith("not valid JSON: "), refusal("{\"all\":["));
        assertEquals("not valid JSON: no content", refusal("  "));
        assertTrue(refusal("{\"app\":\"x\"} {}").startsWith("not valid JSON: "));
        assertTrue(refusal("{\"app\":\"x\",\"app\":\"y\"}").startsWith("not valid JSON: Duplicate field"));
        assertEquals("condition: a condition is an object with exactly one key (all, any, not, app, domain, "
                + "title_regex or keyword)", refusal("[{\"app\":\"x\"}]"));
        assertEquals("condition: a condition is an object with exactly one key (all, any, not, app, domain, "
                + "title_regex or keyword), found 0", refusal("{}"));
        assertEquals("all[0]: a condition is an object with exactly one key (all, any, not, app, domain, "
                + "title_regex or keyword), found 2", refusal("{\"all\":[{\"app\":\"x\",\"keyword\":\"y\"}]}"));
        assertEquals("any[1]: unknown condition \"url\" (expected all, any, not, app, domain, title_regex or keyword)",
                refusal("{\"any\":[{\"app\":\"x\"},{\"url\":\"y\"}]}"));
        assertEquals("all: expected a non-empty array of conditions", refusal("{\"all\":[]}"));
        assertEquals("any: expected a non-empty array of conditions", refusal("{\"any\":{\"app\":\"x\"}}"));
        assertEquals("not: a condition is an object with exactly one key (all, any, not, app, domain, "
                + "title_regex or keyword)", refusal("{\"not\":[{\"app\":\"x\"}]}"));
        assertEquals("all[0].app: expected a string", refusal("{\"all\":[{\"app\":7}]}"));
        assertEquals("all[0].keyword: a keyword cannot be blank", refusal("{\"all\":[{\"keyword\":\"  \"}]}"));
        assertEquals("app: an application name is required (Code.exe)", refusal("{\"app\":\" \"}"));
        assertEquals("any[0].not.domain: a domain, not a URL: leave out the scheme (github.com)",
                refusal("{\"any\":[{\"not\":{\"domain\":\"https://github.com\"}}]}"));
        assertEquals("all[1].title_regex: missing closing ): `(Pull`",
                refusal("{\"all\":[{\"app\":\"x\"},{\"title_regex\":\"(Pull\"}]}"));
        assertEquals("title_regex: a pattern is required", refusal("{\"title_regex\":\"\"}"));
    }
}
