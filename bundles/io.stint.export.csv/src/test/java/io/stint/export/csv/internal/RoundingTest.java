package io.stint.export.csv.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Rounding arithmetic at every boundary of the increments, the minimum and the modes. */
class RoundingTest {

    @ParameterizedTest(name = "{0} s rounded {1} to {2} min → {3} min")
    @CsvSource({
        // 6-minute increments, up
        "0, up, 6, 0", "1, up, 6, 6", "10, up, 6, 6", "359, up, 6, 6", "360, up, 6, 6", "361, up, 6, 12",
        "5400, up, 6, 90", "5401, up, 6, 96",
        // 15-minute increments, up
        "1, up, 15, 15", "899, up, 15, 15", "900, up, 15, 15", "901, up, 15, 30",
        // nearest: halves go up
        "179, nearest, 6, 0", "180, nearest, 6, 6", "539, nearest, 6, 6", "540, nearest, 6, 12",
        "449, nearest, 15, 0", "450, nearest, 15, 15", "1349, nearest, 15, 15", "1350, nearest, 15, 30",
        // down
        "359, down, 6, 0", "360, down, 6, 6", "719, down, 6, 6", "899, down, 15, 0", "900, down, 15, 15" })
    void aBlockIsRoundedAlone(long seconds, String mode, int increment, long minutes) {
        assertEquals(minutes, new Rounding(increment, 0, mode).minutes(seconds));
    }

    @ParameterizedTest(name = "{0} s with a {1}-minute minimum → {2} min")
    @CsvSource({ "10, 15, 15", "899, 15, 18", "540, 15, 15", "901, 15, 18", "901, 0, 18", "0, 30, 30", "1800, 30, 30", "1801, 30, 36" })
    void theMinimumRaisesALineAfterRounding(long seconds, int minimum, long minutes) {
        assertEquals(minutes, new Rounding(6, minimum, Rounding.UP).minutes(seconds));
    }

    @Test
    void roundedTogetherTheDaysTotalIsRoundedOnceAndSharedInWholeIncrements() {
        Rounding r = new Rounding(6, 0, Rounding.UP);
        // 10 s + 10 s + 10 s: rounded alone 18 minutes; together 6, given to the first of the ties
        assertArrayEquals(new long[] { 6, 0, 0 }, r.minutesTogether(new long[] { 10, 10, 10 }));
        // 7 min + 8 min = 15 → 18: each gets its whole 6, the 3 left over go up to 18 by the larger remainder
        assertArrayEquals(new long[] { 6, 12 }, r.minutesTogether(new long[] { 420, 480 }));
        // exact increments stay as they are
        assertArrayEquals(new long[] { 6, 12 }, r.minutesTogether(new long[] { 360, 720 }));
    }

    @Test
    void roundedTogetherEveryModeSharesItsOwnTotal() {
        long[] seconds = { 200, 200, 200 }; // 600 s = 10 min
        assertArrayEquals(new long[] { 6, 6, 0 }, new Rounding(6, 0, Rounding.UP).minutesTogether(seconds));
        assertArrayEquals(new long[] { 6, 6, 0 }, new Rounding(6, 0, Rounding.NEAREST).minutesTogether(seconds));
        assertArrayEquals(new long[] { 6, 0, 0 }, new Rounding(6, 0, Rounding.DOWN).minutesTogether(seconds));
        assertArrayEquals(new long[] { 15, 0, 0 }, new Rounding(15, 0, Rounding.UP).minutesTogether(seconds));
        assertArrayEquals(new long[] { 0, 0, 0 }, new Rounding(15, 0, Rounding.DOWN).minutesTogether(seconds));
    }

    @Test
    void roundedTogetherEachLineIsStillRaisedToTheMinimum() {
        assertArrayEquals(new long[] { 15, 15 }, new Rounding(6, 15, Rounding.UP).minutesTogether(new long[] { 10, 10 }));
    }

    @Test
    void roundedTogetherTheLinesAlwaysAddUpToTheRoundedTotal() {
        java.util.Random random = new java.util.Random(7);
        for (int run = 0; run < 2_000; run++) {
            long[] seconds = new long[1 + random.nextInt(6)];
            long total = 0;
            for (int i = 0; i < seconds.length; i++) {
                seconds[i] = random.nextInt(7_200);
                total += seconds[i];
            }
            for (String mode : Rounding.MODES) {
                for (int increment : new int[] { 6, 15 }) {
                    Rounding r = new Rounding(increment, 0, mode);
                    long sum = 0;
                    for (long m : r.minutesTogether(seconds)) {
                        assertEquals(0, m % increment, "whole increments");
                        sum += m;
                    }
                    assertEquals(r.minutes(total), sum, () -> mode + " " + java.util.Arrays.toString(seconds));
                }
            }
        }
    }
}
