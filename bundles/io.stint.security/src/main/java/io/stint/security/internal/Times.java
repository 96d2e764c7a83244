package io.stint.security.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** Instants as stored (UTC, no zone) and as {@code /api/v1} shows them (naive local in the caller's zone). */
final class Times {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Times() {
    }

    static LocalDateTime toStored(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    }

    static Instant fromStored(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    /** {@code 2026-01-15T09:00:00} in {@code zone}, or null. */
    static String toWire(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone).format(WIRE);
    }

    /**
     * A naive local time in {@code zone}, or one with {@code Z} or an offset; a date alone means its
     * start. @throws DateTimeParseException when it is none of these
     */
    static Instant parse(String text, ZoneId zone) {
        String s = text.strip();
        try {
            return OffsetDateTime.parse(s.endsWith("z") ? s.substring(0, s.length() - 1) + "Z" : s).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                return java.time.LocalDate.parse(s).atStartOfDay(zone).toInstant();
            }
        }
    }
}
