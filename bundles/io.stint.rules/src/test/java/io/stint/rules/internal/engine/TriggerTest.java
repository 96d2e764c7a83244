package io.stint.rules.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stint.rules.api.MatchType;
import io.stint.rules.internal.engine.Trigger.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerTest {

    private static List<Trigger> triggers(MatchType type, String value, Map<String, Integer> uses) throws Exception {
        return Trigger.of(RuleCheck.compile(type, value), uses);
    }

    private static List<Trigger> tree(String json) throws Exception {
        return triggers(MatchType.COMPOSITE, json, Map.of());
    }

    @Test
    void aPatternIsTriggeredByItsLiteralFewestPatternsShare() throws Exception {
        List<Condition> set = List.of(RuleCheck.compile(MatchType.TITLE_REGEX, "Pull Request #\\d+ · acme/api"),
                RuleCheck.compile(MatchType.TITLE_REGEX, "Pull Request #\\d+ · acme/web"));
        Map<String, Integer> uses = Trigger.literalUses(set);
        assertEquals(2, uses.get("pull request #"));
        assertEquals(List.of(new Trigger(Kind.TEXT, " acme/web")), Trigger.of(set.get(1), uses));
        assertEquals(List.of(new Trigger(Kind.TEXT, "pull request #")),
                triggers(MatchType.TITLE_REGEX, "Pull Request #\\d+ · acme/web", Map.of()));
    }

    @Test
    void aPatternWithAlternativesIsTriggeredByAnyOfThem() throws Exception {
        assertEquals(List.of(new Trigger(Kind.TEXT, "weekly"), new Trigger(Kind.TEXT, "monthly")),
                triggers(MatchType.TITLE_REGEX, "Weekly|Monthly", Map.of()));
        assertNull(triggers(MatchType.TITLE_REGEX, "Weekly|\\d+", Map.of()));
    }

    @Test
    void allTakesTheTriggersOfTheChildThatFiresLeast() throws Exception {
        assertEquals(List.of(new Trigger(Kind.APP, "code.exe")),
                tree("{\"all\":[{\"keyword\":\"a\"},{\"app\":\"Code.exe\"}]}"));
        assertEquals(List.of(new Trigger(Kind.DOMAIN, "github.com")),
                tree("{\"all\":[{\"not\":{\"app\":\"x\"}},{\"domain\":\"github.com\"},{\"title_regex\":\".*\"}]}"));
        assertNull(tree("{\"all\":[{\"not\":{\"app\":\"x\"}},{\"title_regex\":\".*\"}]}"));
    }

    @Test
    void anyTakesTheUnionWhenEveryChildHasTriggers() throws Exception {
        assertEquals(List.of(new Trigger(Kind.TEXT, "invoice"), new Trigger(Kind.DOMAIN, "acme.io")),
                tree("{\"any\":[{\"keyword\":\"Invoice\"},{\"domain\":\"acme.io\"}]}"));
        assertNull(tree("{\"any\":[{\"keyword\":\"Invoice\"},{\"not\":{\"domain\":\"acme.io\"}}]}"));
    }

    @Test
    void aNotHasNoTriggers() throws Exception {
        assertNull(tree("{\"not\":{\"app\":\"Code.exe\"}}"));
    }

    @Test
    void rulesWithoutTriggersAreReportedAsAlwaysEvaluated() throws Exception {
        assertTrue(RuleCheck.alwaysEvaluated(MatchType.TITLE_REGEX, "\\b\\d{5,}\\b"));
        assertTrue(RuleCheck.alwaysEvaluated(MatchType.COMPOSITE, "{\"not\":{\"app\":\"Code.exe\"}}"));
        assertFalse(RuleCheck.alwaysEvaluated(MatchType.TITLE_REGEX, "Weekly|Monthly"));
        assertFalse(RuleCheck.alwaysEvaluated(MatchType.COMPOSITE,
                "{\"all\":[{\"app\":\"x\"},{\"not\":{\"app\":\"y\"}}]}"));
        assertFalse(RuleCheck.alwaysEvaluated(MatchType.APP, "Code.exe"));
    }
}
