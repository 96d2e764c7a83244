package io.stint.compat.chronicle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void daysAreYearMonthDay() {
        assertEquals(LocalDate.of(2026, 1, 8), Dates.day("2026-01-08"));
        assertNull(Dates.day((String) null));
        assertNull(Dates.day(""));
    }

    @Test
    void anythingElseIsChronicleCoresInvalidDate() {
        for (String bad : new String[] { "2026-13-01", "2026-02-30", "2026-1-8", "08-01-2026", "today", "2026-01-08T00:00" }) {
            ChronicleException e = assertThrows(ChronicleException.class, () -> Dates.day(bad), bad);
            assertEquals(400, e.status());
            assertEquals("Invalid date format (use YYYY-MM-DD)", e.getMessage());
        }
    }

    @Test
    void timesAreWrittenInUtcWithWholeSecondsAndZ() {
        assertEquals("2026-01-09T15:30:00Z", Dates.timestamp(Instant.parse("2026-01-09T15:30:00.789Z")));
        assertNull(Dates.timestamp(null));
    }

    @Test
    void timesAreReadWithTheirOffset() {
        assertEquals(Instant.parse("2026-01-13T09:00:00Z"), Dates.instant("2026-01-13T09:00:00Z"));
        assertEquals(Instant.parse("2026-01-13T07:00:00Z"), Dates.instant("2026-01-13T09:00:00+02:00"));
        assertEquals(Instant.parse("2026-01-13T09:00:00.250Z"), Dates.instant("2026-01-13T09:00:00.25Z"));
        assertNull(Dates.instant("2026-01-13T09:00:00"), "no offset: not RFC 3339");
        assertNull(Dates.instant("2026-01-13 09:00"));
        assertNull(Dates.instant(null));
    }
}
