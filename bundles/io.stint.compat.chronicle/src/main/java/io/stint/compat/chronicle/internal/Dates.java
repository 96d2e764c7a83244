package io.stint.compat.chronicle.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** ChronicleCore's times: {@code YYYY-MM-DD} days in, RFC 3339 instants in, {@code 2026-01-09T15:30:00Z} out. */
final class Dates {

    static final String INVALID_DATE = "Invalid date format (use YYYY-MM-DD)";
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {
    }

    /** A {@code YYYY-MM-DD} day, or null when not given; anything else is a 400. */
    static LocalDate day(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (DAY.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // e.g. 2026-13-01: refused below
            }
        }
        throw ChronicleException.invalid(INVALID_DATE);
    }

    /** An RFC 3339 time with its offset ({@code 2026-01-13T09:00:00Z}), or null when it is not one. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** UTC with whole seconds, {@code 2026-01-09T15:30:00Z}; null stays null. */
    static String timestamp(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** A day as {@code YYYY-MM-DD}; null stays null. */
    static String day(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
