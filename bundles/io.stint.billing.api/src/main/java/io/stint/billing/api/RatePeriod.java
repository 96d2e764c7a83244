package io.stint.billing.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A span of time in which a rate's amount held. A rate's amount may change; each change starts a
 * new period, so time is billed at the amount in force when it was worked.
 *
 * @param rateId the rate
 * @param from the period's first instant, or null: since always
 * @param until the instant the period ended (exclusive), or null: still in force
 * @param hourlyMinor the hourly amount in minor units of {@code currency}
 * @param currency ISO-4217 code
 */
public record RatePeriod(long rateId, Instant from, Instant until, long hourlyMinor, String currency) {

    /** Whether {@code at} falls in this period. */
    public boolean covers(Instant at) {
        return (from == null || !at.isBefore(from)) && (until == null || at.isBefore(until));
    }

    /** The period of {@code periods} that covers {@code at}, if any. */
    public static Optional<RatePeriod> at(List<RatePeriod> periods, Instant at) {
        for (RatePeriod period : periods) {
            if (period.covers(at)) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }
}
