package com.example.stint.hoursbyday;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.stint.tracking.api.TimeEntry;

class DayTotalsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** A finished entry of {@code seconds} starting at {@code start}. */
    private static TimeEntry entry(String start, long seconds) {
        Instant at = Instant.parse(start);
        return new TimeEntry(1, 7, null, null, null, at, at.plusSeconds(seconds), seconds, 0, null, null, null,
                TimeEntry.SOURCE_MANUAL, true, false, null, at, at, null, null, null);
    }

    private static String csv(DayTotals totals) throws IOException {
        StringWriter out = new StringWriter();
        totals.writeTo(out, () -> { });
        return out.toString();
    }

    @Test
    void everyDayOfThePeriodGetsARowWithItsHoursAndEntries() throws IOException {
        DayTotals totals = new DayTotals(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"), BERLIN);
        totals.add(entry("2026-03-02T08:00:00Z", 5_400));
        totals.add(entry("2026-03-02T13:00:00Z", 1_800));
        totals.add(entry("2026-03-04T09:00:00Z", 600));
        assertEquals("Date,Hours,Entries\r\n2026-03-02,2.00,2\r\n2026-03-03,0.00,0\r\n2026-03-04,0.17,1\r\n", csv(totals));
    }

    @Test
    void anEntryCountsOnTheDayItStartedInTheUsersZone() throws IOException {
        DayTotals totals = new DayTotals(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-03"), BERLIN);
        totals.add(entry("2026-03-02T23:30:00Z", 3_600)); // 00:30 on the 3rd in Berlin
        assertEquals("Date,Hours,Entries\r\n2026-03-02,0.00,0\r\n2026-03-03,1.00,1\r\n", csv(totals));
    }

    @Test
    void runningTimersAndEntriesOutsideThePeriodAreLeftOut() throws IOException {
        DayTotals totals = new DayTotals(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-02"), BERLIN);
        Instant at = Instant.parse("2026-03-02T08:00:00Z");
        totals.add(new TimeEntry(2, 7, null, null, null, at, null, null, 0, null, null, null, TimeEntry.SOURCE_TIMER, true,
                false, null, at, at, null, null, null));
        totals.add(entry("2026-03-03T08:00:00Z", 3_600));
        assertEquals("Date,Hours,Entries\r\n2026-03-02,0.00,0\r\n", csv(totals));
    }

    @Test
    void hoursAreRoundedHalfUpToTwoDecimals() {
        assertEquals("1.50", DayTotals.hours(5_400));
        assertEquals("0.01", DayTotals.hours(18));
        assertEquals("0.00", DayTotals.hours(17));
        assertEquals("100.00", DayTotals.hours(360_000));
    }
}
