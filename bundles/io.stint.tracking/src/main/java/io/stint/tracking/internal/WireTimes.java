package io.stint.tracking.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Times as {@code /api/v1} speaks them: naive ISO local times in the user's zone
 * ({@code 2026-01-15T09:00:00}), in and out; input with {@code Z} or an offset is converted.
 * Storage is UTC, as {@link LocalDateTime} in UTC.
 */
final class WireTimes {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private WireTimes() {
    }

    /**
     * {@code instant} as the naive local time in {@code zone}, to the second; null stays null.
     * Written by hand: lists format thousands of these per second and DateTimeFormatter is slow.
     */
    static String local(Instant instant, ZoneId zone) {
        if (instant == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, zone.getRules().getOffset(instant));
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return LOCAL.format(t);
        }
        StringBuilder text = new StringBuilder(19);
        int year = t.getYear();
        twoDigits(text, year / 100);
        twoDigits(text, year % 100).append('-');
        twoDigits(text, t.getMonthValue()).append('-');
        twoDigits(text, t.getDayOfMonth()).append('T');
        twoDigits(text, t.getHour()).append(':');
        twoDigits(text, t.getMinute()).append(':');
        return twoDigits(text, t.getSecond()).toString();
    }

    /** Appends {@code value} with at least two digits. */
    static StringBuilder twoDigits(StringBuilder text, long value) {
        if (value < 10) {
            text.append('0');
        }
        return text.append(value);
    }

    /**
     * Reads a date-time: naive (in {@code zone}), with {@code Z}, or with an offset; a date alone
     * is its start of day in {@code zone}. Truncated to the second.
     *
     * @throws DateTimeException if {@code text} is none of these
     */
    static Instant parse(String text, ZoneId zone) {
        String t = text.strip();
        Instant instant;
        if (t.length() == 10) {
            instant = LocalDate.parse(t).atStartOfDay(zone).toInstant();
        } else if (t.endsWith("Z") || t.endsWith("z") || hasOffset(t)) {
            instant = OffsetDateTime.parse(t.endsWith("z") ? t.substring(0, t.length() - 1) + "Z" : t).toInstant();
        } else {
            instant = LocalDateTime.parse(t).atZone(zone).toInstant();
        }
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Whether {@code text} parses with {@link #parse}. */
    static boolean isValid(String text, ZoneId zone) {
        try {
            parse(text, zone);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** UTC storage form of an instant. */
    static LocalDateTime toDb(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** An instant from its UTC storage form. */
    static Instant fromDb(LocalDateTime stored) {
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }

    private static boolean hasOffset(String t) {
        int time = t.indexOf('T');
        return time > 0 && (t.indexOf('+', time) > 0 || t.indexOf('-', time) > 0);
    }
}
