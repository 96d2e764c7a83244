package io.stint.tracking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class WireTimesTest {

    @Test
    void aNaiveLocalTimeIsTheInstantInTheGivenZoneToTheSecond() {
        Instant instant = Instant.parse("2026-07-01T07:05:09.750Z");
        assertEquals("2026-07-01T09:05:09", WireTimes.local(instant, ZoneId.of("Europe/Berlin")));
        assertEquals("2026-07-01T07:05:09", WireTimes.local(instant, ZoneId.of("UTC")));
        assertEquals("2026-06-30T21:05:09", WireTimes.local(instant, ZoneId.of("Pacific/Honolulu")));
        assertNull(WireTimes.local(null, ZoneId.of("UTC")));
    }

    @Test
    void readingWhatWasWrittenGivesTheSameInstant() {
        ZoneId zone = ZoneId.of("Asia/Kolkata");
        Instant instant = Instant.parse("0999-01-02T03:04:05Z");
        assertEquals(instant, WireTimes.parse(WireTimes.local(instant, zone), zone));
    }

    @Test
    void durationsAreHoursMinutesSecondsWithAtLeastTwoDigitsEach() {
        assertEquals("00:00:00", TimeEntryWire.formatted(0));
        assertEquals("01:30:05", TimeEntryWire.formatted(5405));
        assertEquals("100:00:00", TimeEntryWire.formatted(360_000));
    }
}
