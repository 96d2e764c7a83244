package io.stint.rules.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Something an event must show for a condition to match at all: an application name, a domain (the
 * host or a parent of it), or a text in the title, application or URL. A condition's trigger set
 * holds at least one trigger that fires on every event it matches; conditions without one (a regex
 * with no known literal, a {@code not}) are evaluated for every event. Of a pattern's required
 * literals the one fewest patterns of the rule set share is chosen: "Pull Request #" may open a
 * hundred patterns, the repository name after it only one.
 *
 * @param kind where the key is looked up
 * @param key lower case
 */
record Trigger(Kind kind, String key) {

    enum Kind { APP, DOMAIN, TEXT }

    /** How many patterns among {@code conditions} (and their trees) require each literal. */
    static Map<String, Integer> literalUses(List<Condition> conditions) {
        Map<String, Integer> uses = new HashMap<>();
        for (Condition c : conditions) {
            countLiterals(c, uses);
        }
        return uses;
    }

    private static void countLiterals(Condition c, Map<String, Integer> uses) {
        if (c instanceof Condition.TitleRegex regex) {
            regex.alternatives().forEach(literals -> literals.forEach(l -> uses.merge(l, 1, Integer::sum)));
        } else if (c instanceof Condition.All all) {
            for (Condition child : all.children()) {
                countLiterals(child, uses);
            }
        } else if (c instanceof Condition.Any any) {
            for (Condition child : any.children()) {
                countLiterals(child, uses);
            }
        } else if (c instanceof Condition.Not not) {
            countLiterals(not.child(), uses);
        }
    }

    /** A trigger set for {@code c}, or null when it has none; {@code uses} from {@link #literalUses}. */
    static List<Trigger> of(Condition c, Map<String, Integer> uses) {
        if (c instanceof Condition.App app) {
            return List.of(new Trigger(Kind.APP, app.app()));
        } else if (c instanceof Condition.Domain domain) {
            return List.of(new Trigger(Kind.DOMAIN, domain.domain()));
        } else if (c instanceof Condition.Keyword keyword) {
            return List.of(new Trigger(Kind.TEXT, keyword.keyword()));
        } else if (c instanceof Condition.TitleRegex regex) {
            // One literal of each alternative: the one fewest patterns share, then the longest.
            Comparator<String> rarest = Comparator.<String>comparingInt(l -> uses.getOrDefault(l, 0))
                    .thenComparing(l -> -l.length());
            List<Trigger> set = regex.alternatives().stream()
                    .map(literals -> new Trigger(Kind.TEXT, literals.stream().min(rarest).orElseThrow())).toList();
            return set.isEmpty() ? null : set;
        } else if (c instanceof Condition.All all) {
            // Any one child's set will do, since every child matches: take the one that fires least.
            List<Trigger> best = null;
            for (Condition child : all.children()) {
                List<Trigger> set = of(child, uses);
                if (set != null && (best == null || cost(set) < cost(best))) {
                    best = set;
                }
            }
            return best;
        } else if (c instanceof Condition.Any any) {
            List<Trigger> union = new ArrayList<>();
            for (Condition child : any.children()) {
                List<Trigger> set = of(child, uses);
                if (set == null) {
                    return null;
                }
                union.addAll(set);
            }
            return union;
        }
        return null; // a not: what does not occur cannot be looked up
    }

    /** Roughly how often a set fires: names and domains are exact, short texts are common. */
    private static double cost(List<Trigger> set) {
        double cost = 0;
        for (Trigger t : set) {
            cost += t.kind == Kind.TEXT ? 1 + 8.0 / t.key.length() : 1;
        }
        return cost;
    }
}
