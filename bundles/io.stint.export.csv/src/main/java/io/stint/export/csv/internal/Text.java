package io.stint.export.csv.internal;

import java.time.LocalDateTime;

/** Exact text for the numbers and times in a CSV row, from integers. */
final class Text {

    private Text() {
    }

    /** {@code minor} units with {@code digits} decimals: 24000, 2 → {@code 240.00}; 5, 0 → {@code 5}. */
    static String decimal(long minor, int digits) {
        StringBuilder sb = new StringBuilder(16);
        if (minor < 0) {
            sb.append('-');
            minor = -minor;
        }
        if (digits <= 0) {
            return sb.append(minor).toString();
        }
        long scale = 1;
        for (int i = 0; i < digits; i++) {
            scale *= 10;
        }
        sb.append(minor / scale).append('.');
        String fraction = Long.toString(minor % scale);
        for (int i = fraction.length(); i < digits; i++) {
            sb.append('0');
        }
        return sb.append(fraction).toString();
    }

    /** Seconds as hours with two decimals, halves up: 5400 → {@code 1.50}, 10 → {@code 0.00}. */
    static String hoursOfSeconds(long seconds) {
        return decimal((seconds * 100 + 1800) / 3600, 2);
    }

    /** Minutes as hours with two decimals, halves up: 96 → {@code 1.60}, 7 → {@code 0.12}. */
    static String hoursOfMinutes(long minutes) {
        return decimal((minutes * 100 + 30) / 60, 2);
    }

    /** {@code minutes × hourlyMinor / 60}, rounded half up to a minor unit. */
    static long amount(long minutes, long hourlyMinor) {
        return Math.addExact(Math.multiplyExact(minutes, hourlyMinor), 30) / 60;
    }

    /** {@code 2026-01-15}. */
    static String date(LocalDateTime t) {
        StringBuilder sb = new StringBuilder(10);
        pad(sb, t.getYear(), 4).append('-');
        pad(sb, t.getMonthValue(), 2).append('-');
        return pad(sb, t.getDayOfMonth(), 2).toString();
    }

    /** {@code 09:05}. */
    static String time(LocalDateTime t) {
        StringBuilder sb = new StringBuilder(5);
        pad(sb, t.getHour(), 2).append(':');
        return pad(sb, t.getMinute(), 2).toString();
    }

    private static StringBuilder pad(StringBuilder sb, int value, int width) {
        String s = Integer.toString(value);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        return sb.append(s);
    }
}
