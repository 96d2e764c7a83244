package io.stint.export.csv.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How billed time is rounded: to a whole number of {@code incrementMinutes}, up, to the nearest
 * (halves up) or down, then raised to {@code minimumMinutes}. All arithmetic is on whole seconds.
 *
 * @param incrementMinutes 6 or 15
 * @param minimumMinutes the least a line bills, 0 for no minimum
 * @param mode {@link #UP}, {@link #NEAREST} or {@link #DOWN}
 */
record Rounding(int incrementMinutes, int minimumMinutes, String mode) {

    static final String UP = "up";
    static final String NEAREST = "nearest";
    static final String DOWN = "down";
    static final List<String> MODES = List.of(UP, NEAREST, DOWN);

    /** The billed minutes of {@code seconds} worked, rounded alone. */
    long minutes(long seconds) {
        return Math.max(increments(seconds) * incrementMinutes, minimumMinutes);
    }

    /**
     * The billed minutes of several lines rounded together: their total is rounded once, and the
     * increments it holds are shared so that each line gets its whole increments and the rest go to
     * the lines with the largest remainders (ties to the earlier line). Every line bills a whole
     * number of increments, and the lines add up to the rounded total; each is then raised to the
     * minimum on its own.
     */
    long[] minutesTogether(long[] seconds) {
        long step = incrementMinutes * 60L;
        long total = 0;
        long[] shares = new long[seconds.length];
        long given = 0;
        for (int i = 0; i < seconds.length; i++) {
            total += seconds[i];
            shares[i] = seconds[i] / step;
            given += shares[i];
        }
        long left = increments(total) - given;
        Integer[] order = new Integer[seconds.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> -(seconds[i] % step)).thenComparingInt(i -> i));
        for (int k = 0; k < order.length && left > 0; k++) {
            if (seconds[order[k]] % step != 0) {
                shares[order[k]]++;
                left--;
            }
        }
        long[] minutes = new long[seconds.length];
        for (int i = 0; i < seconds.length; i++) {
            minutes[i] = Math.max(shares[i] * incrementMinutes, minimumMinutes);
        }
        return minutes;
    }

    private long increments(long seconds) {
        long step = incrementMinutes * 60L;
        return switch (mode) {
            case UP -> (seconds + step - 1) / step;
            case DOWN -> seconds / step;
            default -> (seconds * 2 + step) / (step * 2);
        };
    }
}
