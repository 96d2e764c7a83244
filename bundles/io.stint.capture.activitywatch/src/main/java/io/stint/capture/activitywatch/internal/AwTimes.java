package io.stint.capture.activitywatch.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** ActivityWatch's timestamps: RFC 3339 in, {@code 2016-08-09T14:35:10.363000+00:00} out. */
public final class AwTimes {

    /** RFC 3339: a date, {@code T} (any case), a time with optional fraction, and {@code Z} or an offset. */
    private static final DateTimeFormatter RFC3339 = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .appendOffset("+HH:MM", "Z")
            .toFormatter();

    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'");

    private AwTimes() {
    }

    /** The instant {@code text} names, or null when it is not an RFC 3339 timestamp. */
    public static Instant parseOrNull(String text) {
        if (text == null || text.length() < 20) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, RFC3339).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** {@code instant} as ActivityWatch writes it: UTC, microseconds, {@code +00:00}. */
    public static String format(Instant instant) {
        return OUT.format(instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    }

    /** Microseconds since the epoch: the stored sort key. */
    public static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }

    /** The instant of {@code micros} microseconds since the epoch. */
    public static Instant ofMicros(long micros) {
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000);
    }
}
