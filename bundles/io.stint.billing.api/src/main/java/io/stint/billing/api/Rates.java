package io.stint.billing.api;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Hourly rates. Failures are Stint's API exceptions: 400 with field errors (blank name, a currency
 * that is not ISO-4217, a negative amount, {@code effective_to} before {@code effective_from}), 404
 * for an unknown id, 409 for a name already taken when names must be unique.
 */
@ProviderType
public interface Rates {

    /** Creates a rate; {@code uniqueName} refuses a name another rate has (409). */
    Rate create(RateDraft draft, boolean uniqueName);

    Optional<Rate> find(long id);

    List<Rate> list(boolean activeOnly, long offset, int limit);

    long count(boolean activeOnly);

    /** Changes the rate; {@code uniqueName} refuses a name another rate has (409). A new hourly amount holds from now on. */
    Rate update(long id, UnaryOperator<RateDraft> change, boolean uniqueName);

    /**
     * Changes the rate like {@link #update(long, UnaryOperator, boolean)}; a new hourly amount holds
     * from the start of {@code amountFrom} (a UTC day) instead of from now: every later amount is
     * replaced, and time worked before keeps the amount it had.
     */
    Rate update(long id, UnaryOperator<RateDraft> change, boolean uniqueName, java.time.LocalDate amountFrom);

    /**
     * When the rate was in force and at which amount, oldest first. The periods lie within the
     * rate's {@code effective_from} and {@code effective_to} days (UTC); a time outside every period
     * has no rate. Empty for an unknown rate.
     */
    List<RatePeriod> periods(long rateId);

    /** Deactivates the rate. */
    Rate delete(long id);
}
