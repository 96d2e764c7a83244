package io.stint.rules.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.stint.activity.api.Reclassification;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Assignment rules and their application to blocks. Every change to the rules starts a
 * {@link RuleJob} that applies them to the stored blocks. Failures are Stint's API exceptions
 * ({@code io.stint.rest.api.ApiException}): 400 with field errors (a bad pattern or condition tree
 * says why; an unknown or deleted target profile), 404 for an unknown id.
 */
@ProviderType
public interface Rules {

    Rule create(RuleDraft draft);

    Optional<Rule> find(long id);

    /** The rules, by priority (highest first) then id; {@code enabledOnly} leaves out disabled ones. */
    List<Rule> list(boolean enabledOnly);

    Rule update(long id, UnaryOperator<RuleDraft> change);

    /** Deletes the rule for good. */
    void delete(long id);

    /** Starts applying the rules to everything stored; {@code reason} says why, for the job's record. */
    RuleJob apply(String reason);

    Optional<RuleJob> job(long id);

    /**
     * The changes to stored blocks (of {@code userId}, or everyone's when null) that saving
     * {@code draft} — as a new rule, or in place of rule {@code replacing} — would make, without
     * saving it. The draft is validated as {@link #create} would.
     */
    List<Reclassification.Change> preview(RuleDraft draft, Long replacing, Long userId, Instant from, Instant to,
            int limit);
}
