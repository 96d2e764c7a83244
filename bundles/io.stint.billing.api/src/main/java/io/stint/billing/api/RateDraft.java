package io.stint.billing.api;

import java.time.LocalDate;

/** A rate's editable fields; {@code hourlyMinor} in minor units of {@code currency}. */
public record RateDraft(String name, String currency, long hourlyMinor, LocalDate effectiveFrom,
        LocalDate effectiveTo, boolean active) {
}
