package io.stint.rules.internal.engine;

import io.stint.rules.api.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled, immutable set of enabled rules that classifies events; safe to share between threads.
 *
 * <p>Rules are ranked by priority (highest first), then by the lower id; the first rule in rank
 * order that matches wins. APP, DOMAIN and KEYWORD rules ("exact" rules) are never scanned one by
 * one: application names and domains are looked up in hash tables (a host and each of its parent
 * domains), keywords are found by one automaton pass over the title, application and URL. Together
 * they give the best-ranked exact hit. TITLE_REGEX and COMPOSITE rules ("candidates") are evaluated
 * only when something they need occurs in the event (see {@link Trigger}), only when they rank above
 * the best exact hit, in rank order, stopping at the first that matches.
 */
public final class RuleEngine {

    private static final int NONE = KeywordAutomaton.NONE;

    private final Rule[] rules;
    private final Condition[] conditions;
    private final ExactIndex apps;
    private final ExactIndex domains;
    private final KeywordAutomaton texts;
    private final int[] always;

    private RuleEngine(Rule[] rules, Condition[] conditions, ExactIndex apps, ExactIndex domains,
            KeywordAutomaton texts, int[] always) {
        this.rules = rules;
        this.conditions = conditions;
        this.apps = apps;
        this.domains = domains;
        this.texts = texts;
        this.always = always;
    }

    /** Compiles the enabled rules; a rule whose match value is invalid (refused when saved) matches nothing. */
    public static RuleEngine compile(Collection<Rule> rules) {
        return compile(rules, KeywordAutomaton.DENSE_CELLS);
    }

    /** As {@link #compile(Collection)}, with full automaton rows for as many states as {@code denseCells} hold. */
    static RuleEngine compile(Collection<Rule> rules, int denseCells) {
        List<Rule> ranked = new ArrayList<>();
        List<Condition> conditions = new ArrayList<>();
        rules.stream().filter(Rule::enabled)
                .sorted(Comparator.comparingInt(Rule::priority).reversed().thenComparingLong(Rule::id))
                .forEach(rule -> {
                    try {
                        conditions.add(RuleCheck.compile(rule.matchType(), rule.matchValue()));
                        ranked.add(rule);
                    } catch (InvalidRuleException e) {
                        // left out: it could never match
                    }
                });
        ExactIndex.Builder apps = new ExactIndex.Builder();
        ExactIndex.Builder domains = new ExactIndex.Builder();
        KeywordAutomaton.Builder texts = new KeywordAutomaton.Builder();
        List<Integer> always = new ArrayList<>();
        Map<String, Integer> literalUses = Trigger.literalUses(conditions);
        for (int rank = 0; rank < ranked.size(); rank++) {
            Condition c = conditions.get(rank);
            switch (ranked.get(rank).matchType()) {
                case APP -> apps.exact(((Condition.App) c).app(), rank);
                case DOMAIN -> domains.exact(((Condition.Domain) c).domain(), rank);
                case KEYWORD -> texts.keyword(((Condition.Keyword) c).keyword(), rank);
                default -> {
                    List<Trigger> triggers = Trigger.of(c, literalUses);
                    if (triggers == null) {
                        always.add(rank);
                    } else {
                        for (Trigger t : triggers) {
                            switch (t.kind()) {
                                case APP -> apps.trigger(t.key(), rank);
                                case DOMAIN -> domains.trigger(t.key(), rank);
                                case TEXT -> texts.trigger(t.key(), rank);
                            }
                        }
                    }
                }
            }
        }
        return new RuleEngine(ranked.toArray(Rule[]::new), conditions.toArray(Condition[]::new), apps.build(),
                domains.build(), texts.isEmpty() ? null : texts.build(denseCells),
                always.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The first rule that matches the event, in rank order; any part of the event may be null. */
    public Optional<EngineMatch> classify(String app, String title, String url, String domain) {
        Subject subject = new Subject(app, title, url, domain);
        Candidates found = new Candidates();
        int bound = NONE;
        if (app != null && !apps.isEmpty()) {
            bound = apps.lookupIgnoringCase(app, bound, found);
        }
        if (!domains.isEmpty() && subject.host() != null) {
            bound = domains.lookupDomains(subject.host(), bound, found);
        }
        if (texts != null) {
            String locator = subject.locator();
            bound = title == null ? bound : texts.scan(title, bound, found);
            bound = app == null ? bound : texts.scan(app, bound, found);
            bound = locator == null ? bound : texts.scan(locator, bound, found);
        }
        int[] triggered = found.sorted();
        int n = found.size();
        for (int i = 0, j = 0; ; ) {
            int next = Math.min(i < n ? triggered[i] : NONE, j < always.length ? always[j] : NONE);
            if (next >= bound) {
                break;
            }
            while (i < n && triggered[i] == next) {
                i++;
            }
            if (j < always.length && always[j] == next) {
                j++;
            }
            int base = conditions[next].evaluate(subject);
            if (base != Condition.NO_MATCH) {
                return match(next, base == 0 ? Confidence.NO_POSITIVE_LEAF : base);
            }
        }
        return bound == NONE ? Optional.empty() : match(bound, Confidence.base(rules[bound].matchType()));
    }

    private Optional<EngineMatch> match(int rank, int base) {
        Rule rule = rules[rank];
        int score = Confidence.score(base, rule.confidenceBoost());
        return Optional.of(new EngineMatch(rule, score, Confidence.grade(score)));
    }

    /** The rules it holds: the enabled ones with a usable match value. */
    public int size() {
        return rules.length;
    }
}
