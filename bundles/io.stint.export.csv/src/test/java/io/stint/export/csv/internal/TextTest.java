package io.stint.export.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** Exact numbers and times from integers. */
class TextTest {

    @Test
    void minorUnitsAreWrittenWithTheCurrencysDigits() {
        assertEquals("240.00", Text.decimal(24_000, 2));
        assertEquals("0.05", Text.decimal(5, 2));
        assertEquals("1500", Text.decimal(1_500, 0));
        assertEquals("1.005", Text.decimal(1_005, 3));
        assertEquals("-1.50", Text.decimal(-150, 2));
    }

    @Test
    void hoursHaveTwoDecimalsRoundedHalfUp() {
        assertEquals("1.50", Text.hoursOfSeconds(5_400));
        assertEquals("0.00", Text.hoursOfSeconds(17));
        assertEquals("0.01", Text.hoursOfSeconds(18));
        assertEquals("1.60", Text.hoursOfMinutes(96));
        assertEquals("0.12", Text.hoursOfMinutes(7));
        assertEquals("0.25", Text.hoursOfMinutes(15));
    }

    @Test
    void anAmountIsMinutesTimesTheHourlyRateRoundedHalfUpToAMinorUnit() {
        assertEquals(24_000, Text.amount(96, 15_000));
        assertEquals(1, Text.amount(1, 30), "0.5 → 1");
        assertEquals(0, Text.amount(1, 29), "0.48 → 0");
        assertEquals(2_917, Text.amount(7, 25_000), "7/60 × 250.00 = 29.1666… → 29.17");
        assertThrows(ArithmeticException.class, () -> Text.amount(Long.MAX_VALUE / 2, 1_000));
    }

    @Test
    void datesAndTimesArePadded() {
        LocalDateTime t = LocalDateTime.of(2026, 1, 5, 9, 7, 59);
        assertEquals("2026-01-05", Text.date(t));
        assertEquals("09:07", Text.time(t));
    }
}
