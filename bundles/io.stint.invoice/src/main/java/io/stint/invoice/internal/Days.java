package io.stint.invoice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Inclusive day ranges of the caller's zone as instants. */
final class Days {

    private Days() {
    }

    /** The start of {@code day} in {@code zone}, or null. */
    static Instant start(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** The end of {@code day} (the start of the next) in {@code zone}, or null: a date-only end covers that whole day. */
    static Instant end(LocalDate day, ZoneId zone) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
