package io.stint.rules.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceComparisonTest {

    private static final String[] APPS = {"Code.exe", "code.EXE", "Excel", "EXCEL.EXE", "chrome", "Google Chrome",
        "Slack", "Übersicht", "\u0130nternet", "firefox", "  Excel "};
    private static final String[] DOMAINS = {"github.com", "api.github.com", "GitHub.com.", "*.acme.io", "acme.io",
        "jira.acme.io", "notgithub.com", "com", "example.com", "bücher.de", "io"};
    private static final String[] KEYWORDS = {"budget", "BUDGET 2026", "pull", "request", "acme", "github", ".xlsx",
        " - ", "#1", "ü", "\u0130", "k", "σ", "jira-", "invoice", "x", "https://", ":8080", "EXAMPLE"};
    private static final String[] REGEXES = {".*GitHub.*Pull Request.*", "Pull Request #\\d+", "(?i)budget",
        "foo|bar", "ab?c", "^Budget", "\\.xlsx - Excel$", "JIRA-\\d{2,}", "[A-Z]{4}-\\d+", "\\bacme\\b",
        "(?i)stra(ß|ss)e", "Invoice #?\\d+", "(Pull|Merge) Request", "x*", "K", "Übersicht", "\\d{4}\\.xlsx",
        "(unclosed", "Request|Budget", "(?:Q[1-4] )?Report", "acme/\\w+", "ACME-1+2"};
    private static final String[] TITLE_PARTS = {"Budget 2026.xlsx", " - Excel", "Pull Request #123", " · acme/api",
        " - GitHub", " - Google Chrome", "JIRA-42", "ACME-12", "Invoice #7", "invoice 8", "Straße", "STRASSE",
        "Q3 Report", "Übersicht", "ab", "ac", "abc", "K", "\u212A", "x", "σ", "Σ", "\u0130", "budget", " ", "1122"};
    private static final String[] URLS = {"https://github.com/acme/api/pull/12", "https://jira.acme.io/browse/ACME-12",
        "http://EXAMPLE.com:8080/budget", "https://notgithub.com/", "::::", "https://bücher.de/x",
        "https://docs.google.com/spreadsheets/d/1/edit#budget", "mailto:x@example.com", "github.com/acme"};
    private static final String[] EVENT_DOMAINS = {"github.com", "API.GitHub.com", "acme.io", "jira.acme.io:443",
        "example.com.", "notgithub.com", "bücher.de", "slack.com"};

    @Test
    void theEngineAgreesWithAPlainScanOfEveryRule() {
        Random random = new Random(20260109);
        Map<MatchType, Integer> winners = new EnumMap<>(MatchType.class);
        int events = 0;
        int matched = 0;
        for (int round = 0; round < 150; round++) {
            List<Rule> rules = rules(random, 1 + random.nextInt(round % 3 == 0 ? 20 : 300));
            // Half the rounds keep full automaton rows for the root alone, to cover the sparse states too.
            RuleEngine engine = round % 2 == 0 ? RuleEngine.compile(rules) : RuleEngine.compile(rules, 1);
            for (int e = 0; e < 200; e++) {
                String app = pick(random, APPS, 3);
                String title = title(random);
                String url = pick(random, URLS, 3);
                String domain = pick(random, EVENT_DOMAINS, 2);
                Optional<EngineMatch> expected = ReferenceClassifier.classify(rules, app, title, url, domain);
                Optional<EngineMatch> actual = engine.classify(app, title, url, domain);
                assertEquals(expected, actual, () -> "app=" + app + " title=" + title + " url=" + url + " domain="
                        + domain + "\nrules=" + rules);
                events++;
                if (actual.isPresent()) {
                    matched++;
                    winners.merge(actual.get().rule().matchType(), 1, Integer::sum);
                }
            }
        }
        assertTrue(matched > events / 4 && matched < events, matched + " of " + events + " matched");
        for (MatchType type : MatchType.values()) {
            assertTrue(winners.getOrDefault(type, 0) > 200, "too few " + type + " winners: " + winners);
        }
    }

    private static List<Rule> rules(Random random, int count) {
        List<Rule> rules = new ArrayList<>();
        Set<Long> ids = new HashSet<>();
        while (rules.size() < count) {
            long id = 1 + random.nextInt(count * 3);
            if (!ids.add(id)) {
                continue;
            }
            MatchType type = MatchType.values()[random.nextInt(MatchType.values().length)];
            String value = switch (type) {
                case APP -> pick(random, APPS, 0);
                case DOMAIN -> pick(random, DOMAINS, 0);
                case KEYWORD -> pick(random, KEYWORDS, 0);
                case TITLE_REGEX -> pick(random, REGEXES, 0);
                case COMPOSITE -> tree(random, 1);
            };
            rules.add(TestRules.rule(id, random.nextInt(6), type, value, random.nextInt(201) - 100,
                    random.nextInt(8) != 0));
        }
        return rules;
    }

    private static String tree(Random random, int depth) {
        int kind = random.nextInt(depth >= 3 ? 4 : 7);
        return switch (kind) {
            case 0 -> leaf("app", pick(random, APPS, 0));
            case 1 -> leaf("domain", pick(random, DOMAINS, 0));
            case 2 -> leaf("keyword", pick(random, KEYWORDS, 0));
            case 3 -> leaf("title_regex", pick(random, REGEXES, 0));
            case 4 -> "{\"not\":" + tree(random, depth + 1) + "}";
            default -> {
                StringBuilder b = new StringBuilder("{\"" + (kind == 5 ? "all" : "any") + "\":[");
                for (int n = 1 + random.nextInt(3), i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append(tree(random, depth + 1));
                }
                yield b.append("]}").toString();
            }
        };
    }

    private static String leaf(String key, String value) {
        return "{\"" + key + "\":\"" + value.replace("\\", "\\\\") + "\"}";
    }

    private static String title(Random random) {
        if (random.nextInt(10) == 0) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(4); n > 0; n--) {
            b.append(TITLE_PARTS[random.nextInt(TITLE_PARTS.length)]);
        }
        return b.toString();
    }

    /** One of {@code pool}, or null one time in {@code nullOneIn} (never when 0). */
    private static String pick(Random random, String[] pool, int nullOneIn) {
        return nullOneIn > 0 && random.nextInt(nullOneIn) == 0 ? null : pool[random.nextInt(pool.length)];
    }
}
