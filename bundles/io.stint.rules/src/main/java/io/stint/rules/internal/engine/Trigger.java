package io.stint.rules.internal.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Something an event must show for a condition to match at all: an application name, a domain (the
 * host or a parent of it), or a text in the title, application or URL. A condition's trigger set
 * holds at least one trigger that fires on every event it matches; conditions without one (a regex
 * with no known literal, a {@code not}) are evaluated for every event.
 *
 * @param kind where the key is looked up
 * @param key lower case
 */
record Trigger(Kind kind, String key) {

    enum Kind { APP, DOMAIN, TEXT }

    /** A trigger set for {@code c}, or null when it has none. */
    static List<Trigger> of(Condition c) {
        if (c instanceof Condition.App app) {
            return List.of(new Trigger(Kind.APP, app.app()));
        } else if (c instanceof Condition.Domain domain) {
            return List.of(new Trigger(Kind.DOMAIN, domain.domain()));
        } else if (c instanceof Condition.Keyword keyword) {
            return List.of(new Trigger(Kind.TEXT, keyword.keyword()));
        } else if (c instanceof Condition.TitleRegex regex) {
            return regex.literal() == null ? null : List.of(new Trigger(Kind.TEXT, regex.literal()));
        } else if (c instanceof Condition.All all) {
            // Any one child's set will do, since every child matches: take the one that fires least.
            List<Trigger> best = null;
            for (Condition child : all.children()) {
                List<Trigger> set = of(child);
                if (set != null && (best == null || cost(set) < cost(best))) {
                    best = set;
                }
            }
            return best;
        } else if (c instanceof Condition.Any any) {
            List<Trigger> union = new ArrayList<>();
            for (Condition child : any.children()) {
                List<Trigger> set = of(child);
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
