package io.stint.capture.activitywatch.internal.query;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ActivityWatch's timestamps: RFC 3339 in, {@code 2016-08-09T14:35:10.363000+00:00} out (UTC,
 * always six fraction digits, as aw-server answers).
 */
public final class AwTime {

    /** Longer input is refused before the pattern runs (the longest sane value is ~40 chars). */
    private static final int MAX_LENGTH = 64;

    private static final Pattern RFC3339 = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,40}))?"
                    + "(?:([Zz])|([+-])(\\d{2}):(\\d{2}))");

    private static final DateTimeFormatter OUT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'");

    private AwTime() {
    }

    /** The instant in ActivityWatch's form, truncated to microseconds. */
    public static String format(Instant instant) {
        return OUT.format(instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    }

    /**
     * An RFC 3339 timestamp ({@code Z} or a {@code ±hh:mm} offset, any number of fraction digits,
     * digits beyond nanoseconds dropped).
     *
     * @throws IllegalArgumentException for anything else (no offset, no seconds, a space for the
     *     {@code T}, out-of-range fields, null)
     */
    public static Instant parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("Timestamp is missing");
        }
        Matcher m = text.length() <= MAX_LENGTH ? RFC3339.matcher(text) : null;
        if (m == null || !m.matches()) {
            throw refused(text, "expected RFC 3339 like 2026-01-09T15:30:00Z or 2026-01-09T15:30:00.000000+02:00");
        }
        try {
            LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
            LocalTime time = LocalTime.of(num(m, 4), num(m, 5), num(m, 6), nanos(m.group(7)));
            ZoneOffset offset = m.group(8) != null ? ZoneOffset.UTC
                    : ZoneOffset.ofHoursMinutes(sign(m.group(9)) * num(m, 10), sign(m.group(9)) * num(m, 11));
            return OffsetDateTime.of(date, time, offset).toInstant();
        } catch (DateTimeException e) {
            throw refused(text, e.getMessage());
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int sign(String s) {
        return "-".equals(s) ? -1 : 1;
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String nine = fraction.length() >= 9 ? fraction.substring(0, 9) : (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static IllegalArgumentException refused(String text, String why) {
        String shown = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "…" : text;
        return new IllegalArgumentException("Invalid timestamp '" + shown + "': " + why);
    }
}
