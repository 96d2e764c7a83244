package io.stint.rules.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.re2j.Pattern;
import io.stint.rules.api.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rules' meaning written as plainly as possible: every enabled rule in rank order, each evaluated
 * in full with no index. Shares only the host parsing and the validity check with the engine.
 */
final class ReferenceClassifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReferenceClassifier() {
    }

    static Optional<EngineMatch> classify(List<Rule> rules, String app, String title, String url, String domain) {
        List<Rule> ranked = rules.stream().filter(Rule::enabled)
                .sorted(Comparator.comparingInt(Rule::priority).reversed().thenComparingLong(Rule::id)).toList();
        for (Rule rule : ranked) {
            try {
                RuleCheck.validate(rule.matchType(), rule.matchValue());
            } catch (InvalidRuleException e) {
                continue;
            }
            String host = Domains.host(domain, url);
            String v = rule.matchValue();
            int base = switch (rule.matchType()) {
                case APP -> app(v, app);
                case DOMAIN -> domain(v, host);
                case TITLE_REGEX -> regex(v, title);
                case KEYWORD -> keyword(v, app, title, url != null ? url : domain);
                case COMPOSITE -> tree(read(v), app, title, url, domain, host);
            };
            if (base >= 0) {
                int score = Math.max(0, Math.min(100, (base == 0 ? 50 : base) + rule.confidenceBoost()));
                return Optional.of(new EngineMatch(rule, score, score >= 80 ? "HIGH" : score >= 50 ? "MEDIUM" : "LOW"));
            }
        }
        return Optional.empty();
    }

    private static int app(String value, String app) {
        return app != null && app.toLowerCase(Locale.ROOT).equals(value.trim().toLowerCase(Locale.ROOT)) ? 90 : -1;
    }

    private static int domain(String value, String host) {
        String d = value.trim().toLowerCase(Locale.ROOT);
        d = d.startsWith("*.") ? d.substring(2) : d;
        d = d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
        return host != null && (host.equals(d) || host.endsWith("." + d)) ? 80 : -1;
    }

    private static int regex(String value, String title) {
        return title != null && Pattern.compile(value).matcher(title).find() ? 70 : -1;
    }

    private static int keyword(String value, String... texts) {
        String k = value.toLowerCase(Locale.ROOT);
        for (String text : texts) {
            if (text != null && text.toLowerCase(Locale.ROOT).contains(k)) {
                return 60;
            }
        }
        return -1;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** -1 no match, 0 matched with no positive leaf, else the best positive leaf's base. */
    private static int tree(JsonNode node, String app, String title, String url, String domain, String host) {
        Map.Entry<String, JsonNode> e = node.fields().next();
        JsonNode v = e.getValue();
        switch (e.getKey()) {
            case "all": {
                int best = 0;
                for (JsonNode child : v) {
                    int base = tree(child, app, title, url, domain, host);
                    if (base < 0) {
                        return -1;
                    }
                    best = Math.max(best, base);
                }
                return best;
            }
            case "any": {
                int best = -1;
                for (JsonNode child : v) {
                    best = Math.max(best, tree(child, app, title, url, domain, host));
                }
                return best;
            }
            case "not":
                return tree(v, app, title, url, domain, host) < 0 ? 0 : -1;
            case "app":
                return app(v.textValue(), app);
            case "domain":
                return domain(v.textValue(), host);
            case "title_regex":
                return regex(v.textValue(), title);
            case "keyword":
                return keyword(v.textValue(), app, title, url != null ? url : domain);
            default:
                throw new AssertionError(e.getKey());
        }
    }
}
