package io.stint.rules.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.stint.activity.api.BlockClassifier;
import io.stint.activity.api.BlockFacts;
import io.stint.activity.api.Classification;
import io.stint.activity.api.Reclassification;
import io.stint.billing.api.Profile;
import io.stint.billing.api.Profiles;
import io.stint.billing.api.Services;
import io.stint.rest.api.ApiException;
import io.stint.rules.api.Rule;
import io.stint.rules.api.RuleDraft;
import io.stint.rules.api.RuleJob;
import io.stint.rules.api.Rules;
import io.stint.rules.internal.engine.InvalidRuleException;
import io.stint.rules.internal.engine.RuleCheck;
import io.stint.rules.internal.engine.RuleEngine;
import io.stint.store.api.Migrations;
import io.stint.store.api.Transactions;

/**
 * The rules: stored in {@code RULES}, compiled into one {@link RuleEngine} after every change, and
 * offered to the activity module as its {@link BlockClassifier}, so new blocks are assigned as they
 * are made. Every change also starts a job that applies the rules to the stored blocks.
 */
@Component(service = {Rules.class, BlockClassifier.class, RuleService.class})
@Migrations
public final class RuleService implements Rules, BlockClassifier {

    static final long FOREVER_FROM = Long.MIN_VALUE / 2;
    static final long FOREVER_TO = Long.MAX_VALUE / 2;

    private final Transactions tx;
    private final Reclassification blocks;
    private final Profiles profiles;
    private final Services services;
    private final RuleJobs jobs = new RuleJobs();
    private final Object writes = new Object();
    private volatile RuleEngine engine;

    @Activate
    public RuleService(@Reference Transactions tx, @Reference Reclassification blocks, @Reference Profiles profiles,
            @Reference Services services) {
        this.tx = tx;
        this.blocks = blocks;
        this.profiles = profiles;
        this.services = services;
        this.engine = compile(tx.call(RuleStore::all));
    }

    @Deactivate
    void deactivate() {
        jobs.close();
    }

    @Override
    public Optional<Classification> classify(long userId, BlockFacts facts) {
        return engine.classify(facts.app(), facts.title(), facts.url(), facts.domain())
                .map(m -> new Classification(m.rule().targetProfileId(), m.rule().targetServiceId(), m.confidence(),
                        m.rule().id()));
    }

    /** A rule as a change left it (null once deleted), and the job applying the change to stored blocks. */
    record Changed(Rule rule, RuleJob job) {
    }

    @Override
    public Rule create(RuleDraft draft) {
        return created(draft).rule();
    }

    Changed created(RuleDraft draft) {
        RuleDraft valid = validate(draft);
        synchronized (writes) {
            long id = tx.call(c -> RuleStore.insert(c, valid));
            recompile();
            return new Changed(find(id).orElseThrow(), apply("rule_created"));
        }
    }

    @Override
    public Optional<Rule> find(long id) {
        return tx.call(c -> RuleStore.find(c, id));
    }

    @Override
    public List<Rule> list(boolean enabledOnly) {
        List<Rule> all = tx.call(RuleStore::all);
        return enabledOnly ? all.stream().filter(Rule::enabled).toList() : all;
    }

    @Override
    public Rule update(long id, UnaryOperator<RuleDraft> change) {
        return updated(id, change).rule();
    }

    Changed updated(long id, UnaryOperator<RuleDraft> change) {
        synchronized (writes) {
            Rule current = find(id).orElseThrow(() -> ApiException.notFound("Rule"));
            RuleDraft valid = validate(change.apply(current.draft()));
            tx.run(c -> RuleStore.update(c, id, valid));
            recompile();
            return new Changed(find(id).orElseThrow(), apply("rule_updated"));
        }
    }

    @Override
    public void delete(long id) {
        deleted(id);
    }

    Changed deleted(long id) {
        synchronized (writes) {
            if (!tx.call(c -> RuleStore.delete(c, id))) {
                throw ApiException.notFound("Rule");
            }
            recompile();
            return new Changed(null, apply("rule_deleted"));
        }
    }

    @Override
    public RuleJob apply(String reason) {
        // the job applies the rules as they are when it runs, so a later change's job sees the later
        // rules; it compiles them afresh, so profiles deleted since the last change drop out
        return jobs.start(reason, blocks.count(), progress -> {
            synchronized (writes) {
                recompile();
            }
            return blocks.apply(this, progress);
        });
    }

    @Override
    public Optional<RuleJob> job(long id) {
        return jobs.find(id);
    }

    @Override
    public List<Reclassification.Change> preview(RuleDraft draft, Long replacing, Long userId, Instant from, Instant to,
            int limit) {
        RuleDraft valid = validate(draft);
        if (replacing != null && find(replacing).isEmpty()) {
            throw ApiException.notFound("Rule");
        }
        List<Rule> rules = new ArrayList<>();
        for (Rule r : tx.call(RuleStore::all)) {
            if (replacing == null || r.id() != replacing) {
                rules.add(r);
            }
        }
        // a new rule gets a higher id than any stored one, so it loses ties to them, as it will once saved
        long id = replacing != null ? replacing : Long.MAX_VALUE;
        rules.add(new Rule(id, valid.name(), valid.priority(), valid.matchType(), valid.matchValue(),
                valid.targetProfileId(), valid.targetServiceId(), valid.confidenceBoost(), valid.enabled(), null, null));
        RuleEngine trial = compile(rules);
        BlockClassifier classifier = (user, facts) -> trial.classify(facts.app(), facts.title(), facts.url(), facts.domain())
                .map(m -> new Classification(m.rule().targetProfileId(), m.rule().targetServiceId(), m.confidence(),
                        m.rule().id()));
        return blocks.preview(userId, from == null ? FOREVER_FROM : from.toEpochMilli(),
                to == null ? FOREVER_TO : to.toEpochMilli(), classifier, limit);
    }

    /** The rule's profile and service names, for the wire. */
    Map<String, String> names(Rule rule) {
        Map<String, String> names = new LinkedHashMap<>();
        Optional<Profile> profile = profiles.find(rule.targetProfileId());
        names.put("profile_name", profile.map(Profile::name).orElse(null));
        names.put("client_name", profile.map(Profile::clientName).orElse(null));
        String service = rule.targetServiceId() == null ? profile.map(Profile::serviceName).orElse(null)
                : services.find(rule.targetServiceId()).map(io.stint.billing.api.Service::name).orElse(null);
        names.put("service_name", service);
        return names;
    }

    private void recompile() {
        engine = compile(tx.call(RuleStore::all));
    }

    /** The engine of {@code rules}, leaving out rules whose profile was deleted since: they assign nothing. */
    private RuleEngine compile(List<Rule> rules) {
        Map<Long, Boolean> live = new java.util.HashMap<>();
        List<Rule> usable = new ArrayList<>(rules.size());
        for (Rule r : rules) {
            if (live.computeIfAbsent(r.targetProfileId(), id -> profiles.find(id).map(Profile::active).orElse(false))) {
                usable.add(r);
            }
        }
        return RuleEngine.compile(usable);
    }

    private RuleDraft validate(RuleDraft d) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        String name = d.name() == null ? "" : d.name().strip();
        if (name.isEmpty()) {
            errors.put("name", List.of("Name is required."));
        } else if (name.length() > 255) {
            errors.put("name", List.of("Longer than maximum length 255."));
        }
        if (d.matchType() == null) {
            errors.put("match_type", List.of("Must be one of: APP, DOMAIN, TITLE_REGEX, KEYWORD, COMPOSITE."));
        } else if (d.matchValue() == null || d.matchValue().isBlank()) {
            errors.put("match_value", List.of("Missing data for required field."));
        } else {
            try {
                RuleCheck.validate(d.matchType(), d.matchValue());
            } catch (InvalidRuleException e) {
                errors.put("match_value", List.of(e.getMessage()));
            }
        }
        if (d.confidenceBoost() < -100 || d.confidenceBoost() > 100) {
            errors.put("confidence_boost", List.of("Must be between -100 and 100."));
        }
        Optional<Profile> profile = profiles.find(d.targetProfileId());
        if (profile.isEmpty() || !profile.get().active()) {
            errors.put("target_profile_id", List.of(profile.isEmpty() ? "Profile not found." : "The profile was deleted."));
        }
        if (d.targetServiceId() != null && services.find(d.targetServiceId()).isEmpty()) {
            errors.put("target_service_id", List.of("Service not found."));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String value = d.matchType().name().equals("COMPOSITE") ? d.matchValue() : d.matchValue().strip();
        return new RuleDraft(name, d.priority(), d.matchType(), value, d.targetProfileId(), d.targetServiceId(),
                d.confidenceBoost(), d.enabled());
    }
}
