package io.stint.billing.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An hourly rate.
 *
 * @param id the rate's id
 * @param name its name
 * @param currency ISO-4217 code, upper case
 * @param hourlyMinor the hourly amount in minor units of {@code currency} (15000 for 150.00 ZAR)
 * @param effectiveFrom the first day it applies, or null: always did
 * @param effectiveTo the last day it applies, or null: open-ended
 * @param active inactive rates take no new profiles
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Rate(long id, String name, String currency, long hourlyMinor, LocalDate effectiveFrom,
        LocalDate effectiveTo, boolean active, Instant createdAt, Instant updatedAt) {

    /** Its editable fields as they are, to start a change from. */
    public RateDraft draft() {
        return new RateDraft(name, currency, hourlyMinor, effectiveFrom, effectiveTo, active);
    }
}
