package com.example.stint.hoursbyday;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.stint.tracking.api.TimeEntry;

/**
 * Worked seconds and entry counts per calendar day of a period, in one user's time zone. An entry
 * counts on the day it started; every day of the period gets a row, worked or not.
 */
final class DayTotals {

    static final String HEADER = "Date,Hours,Entries";

    private final LocalDate first;
    private final ZoneId zone;
    private final long[] seconds;
    private final int[] entries;

    DayTotals(LocalDate first, LocalDate last, ZoneId zone) {
        this.first = first;
        this.zone = zone;
        int days = Math.toIntExact(ChronoUnit.DAYS.between(first, last) + 1);
        this.seconds = new long[days];
        this.entries = new int[days];
    }

    /** The number of days, which is the number of rows. */
    int days() {
        return seconds.length;
    }

    /** Adds a finished entry to the day it started on; a running timer or one outside the period is left out. */
    void add(TimeEntry entry) {
        if (entry.running()) {
            return;
        }
        long day = ChronoUnit.DAYS.between(first, LocalDate.ofInstant(entry.start(), zone));
        if (day < 0 || day >= seconds.length) {
            return;
        }
        seconds[(int) day] += entry.workedSeconds(entry.end());
        entries[(int) day]++;
    }

    /** Writes the header and one CSV row per day, oldest first, with CRLF line ends as RFC 4180 has them. */
    void writeTo(Writer out, Runnable afterEachRow) throws IOException {
        out.write(HEADER + "\r\n");
        for (int i = 0; i < seconds.length; i++) {
            out.write(first.plusDays(i) + "," + hours(seconds[i]) + "," + entries[i] + "\r\n");
            afterEachRow.run();
        }
    }

    /** Whole seconds as hours with two decimals, rounded half up: 5400 → {@code 1.50}. */
    static String hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP).toPlainString();
    }
}
