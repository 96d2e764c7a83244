package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Worked time as an invoice quantity: hours with at most {@value #SCALE} decimals. */
final class Hours {

    /** Decimals of a quantity: 0.36 s resolution, so a line is priced within a fraction of a cent of exact time. */
    static final int SCALE = 4;

    private Hours() {
    }

    /** {@code seconds} as hours, rounded half-up to {@value #SCALE} decimals: 5400 s is 1.5. */
    static BigDecimal ofSeconds(long seconds) {
        return Money.plain(BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), SCALE, RoundingMode.HALF_UP));
    }

    /** {@code millis} as hours, rounded half-up to {@value #SCALE} decimals. */
    static BigDecimal ofMillis(long millis) {
        return Money.plain(BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(3_600_000), SCALE, RoundingMode.HALF_UP));
    }
}
