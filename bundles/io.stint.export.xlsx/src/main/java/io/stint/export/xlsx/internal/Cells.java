package io.stint.export.xlsx.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.dhatim.fastexcel.Worksheet;

/** Cell values the way both sheets write them: text always as text, hours exact from seconds. */
final class Cells {

    /** Excel keeps at most this many characters in a cell. */
    static final int MAX_TEXT = 32_767;

    static final String DATE = "yyyy-mm-dd";
    static final String DATE_TIME = "yyyy-mm-dd hh:mm";
    static final String HOURS = "0.00";

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private Cells() {
    }

    /**
     * Writes {@code value} as an inline text cell, cut to {@link #MAX_TEXT}; nothing for null.
     * A text cell is never a formula, so text such as {@code =HYPERLINK(...)} stays text. Inline
     * strings, unlike the shared string table, are not remembered by the writer, so unique notes
     * do not pile up in memory.
     */
    static void text(Worksheet ws, int row, int col, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        ws.inlineString(row, col, cut(value));
    }

    static String cut(String value) {
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        int end = MAX_TEXT;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return value.substring(0, end);
    }

    /** Seconds as hours, rounded half up to two decimals. */
    static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP);
    }
}
