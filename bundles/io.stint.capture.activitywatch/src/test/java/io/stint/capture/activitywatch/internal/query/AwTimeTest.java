package io.stint.capture.activitywatch.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AwTimeTest {

    @Test
    void activityWatchsOwnFormatRoundTrips() {
        String aw = "2016-08-09T14:35:10.363000+00:00";
        Instant parsed = AwTime.parse(aw);
        assertEquals(Instant.parse("2016-08-09T14:35:10.363Z"), parsed);
        assertEquals(aw, AwTime.format(parsed));
    }

    @Test
    void zuluWithoutFractionIsAnsweredWithSixFractionDigitsAndPlusZeroOffset() {
        assertEquals("2026-01-09T15:30:00.000000+00:00", AwTime.format(AwTime.parse("2026-01-09T15:30:00Z")));
    }

    @Test
    void anOffsetIsAppliedAndTheAnswerIsInUtc() {
        assertEquals(Instant.parse("2026-01-09T13:30:00Z"), AwTime.parse("2026-01-09T15:30:00+02:00"));
        assertEquals(Instant.parse("2026-01-09T20:00:00Z"), AwTime.parse("2026-01-09T15:30:00-04:30"));
        assertEquals("2026-01-09T13:30:00.000000+00:00", AwTime.format(AwTime.parse("2026-01-09T15:30:00+02:00")));
    }

    @Test
    void nineFractionDigitsAreKeptOnParseAndTruncatedToMicrosOnFormat() {
        Instant parsed = AwTime.parse("2026-01-09T15:30:00.123456789Z");
        assertEquals(123_456_789, parsed.getNano());
        assertEquals("2026-01-09T15:30:00.123456+00:00", AwTime.format(parsed));
    }

    @Test
    void moreThanNineFractionDigitsAreAcceptedAndCutAtNanoseconds() {
        assertEquals(123_456_789, AwTime.parse("2026-01-09T15:30:00.1234567891234Z").getNano());
    }

    @Test
    void oneFractionDigitMeansTenths() {
        assertEquals(500_000_000, AwTime.parse("2026-01-09T15:30:00.5+00:00").getNano());
    }

    @Test
    void lowercaseSeparatorAndZuluAreRfc3339() {
        assertEquals(Instant.parse("2026-01-09T15:30:00Z"), AwTime.parse("2026-01-09t15:30:00z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-09 15:30", "yesterday", "2026-01-09T15:30:00", "2026-01-09T15:30Z",
            "2026-01-09 15:30:00Z", "2026-01-09", "2026-13-09T15:30:00Z", "2026-02-30T15:30:00Z",
            "2026-01-09T24:00:00Z", "2026-01-09T15:30:60Z", "2026-01-09T15:30:00+19:00", "2026-01-09T15:30:00+02:60",
            "2026-01-09T15:30:00+0200", "2026-01-09T15:30:00.Z", " 2026-01-09T15:30:00Z", "", "20260109T153000Z"})
    void anythingButRfc3339IsRefusedWithAnIllegalArgument(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AwTime.parse(text));
        assertTrue(e.getMessage().startsWith("Invalid timestamp"), e.getMessage());
    }

    @ParameterizedTest
    @NullSource
    void nullIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> AwTime.parse(text));
    }

    @Test
    void hugeInputIsRefusedWithAShortMessage() {
        String huge = "2026-01-09T15:30:00." + "1".repeat(100_000) + "Z";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AwTime.parse(huge));
        assertTrue(e.getMessage().length() < 200);
    }

    @Test
    void formatOfTheEpochHasTheFullShape() {
        assertEquals("1970-01-01T00:00:00.000000+00:00", AwTime.format(Instant.EPOCH));
    }
}
