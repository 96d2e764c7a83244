package io.stint.invoice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Minor units across currencies and the one rounding of each product. */
class MoneyTest {

    @Test
    void amountsBecomeMinorUnitsOfTheirCurrencyExactly() {
        assertEquals(15010L, Money.minor(new BigDecimal("150.10"), "EUR"));
        assertEquals(1500L, Money.minor(new BigDecimal("1500"), "JPY"));
        assertEquals(1234L, Money.minor(new BigDecimal("1.234"), "BHD"));
        assertNull(Money.minor(new BigDecimal("1500.5"), "JPY"), "yen have no minor unit");
        assertNull(Money.minor(new BigDecimal("1.2345"), "BHD"));
        assertEquals("Must be a whole amount in JPY.", Money.problem(new BigDecimal("1.5"), "JPY"));
        assertEquals(new BigDecimal("1.234"), Money.decimal(1234, "BHD"));
        assertEquals(new BigDecimal("1500"), Money.decimal(1500, "JPY"));
    }

    @Test
    void aLineIsQuantityTimesPriceRoundedHalfUpOnce() {
        assertEquals(200L, Money.times(new BigDecimal("1.3333"), 150), "199.995 → 200");
        assertEquals(33330L, Money.times(new BigDecimal("0.3333"), 100_000));
        assertEquals(3L, Money.times(new BigDecimal("0.5"), 5), "2.5 rounds up");
    }

    @Test
    void taxIsTheSubtotalTimesTheRateOverAHundredRoundedHalfUp() {
        assertEquals(1900L, Money.tax(10_000, new BigDecimal("19")));
        assertEquals(7L, Money.tax(99, new BigDecimal("7.5")), "7.425 → 7");
        assertEquals(2L, Money.tax(10, new BigDecimal("15")), "1.5 → 2");
        assertEquals(0L, Money.tax(7, new BigDecimal("7.125")), "0.49875 → 0");
    }

    @Test
    void hoursHaveAtMostFourDecimals() {
        assertEquals(new BigDecimal("1.5"), Hours.ofSeconds(5400));
        assertEquals(new BigDecimal("0.3333"), Hours.ofSeconds(1200));
        assertEquals(new BigDecimal("2"), Hours.ofMillis(7_200_000));
    }
}
