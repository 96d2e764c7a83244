package io.stint.invoice.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void moneyUsesTheCurrencysOwnNumberOfDigits() {
        assertEquals("1,234.50 ZAR", Amounts.of("ZAR").money(123450));
        assertEquals("123,450 JPY", Amounts.of("JPY").money(123450));
        assertEquals("123.450 BHD", Amounts.of("BHD").money(123450));
    }

    @Test
    void moneyGroupsThousandsAndKeepsSmallAmountsExact() {
        assertEquals("1,234,567,890.12 ZAR", Amounts.of("ZAR").money(123456789012L));
        assertEquals("0.05 ZAR", Amounts.of("ZAR").money(5));
        assertEquals("0.000 BHD", Amounts.of("BHD").money(0));
        assertEquals("999 JPY", Amounts.of("JPY").money(999));
        assertEquals("1,000 JPY", Amounts.of("JPY").money(1000));
    }

    @Test
    void moneyPrintsNegativeAmountsWithALeadingMinus() {
        assertEquals("-1,500.00 ZAR", Amounts.of("ZAR").money(-150000));
        assertEquals("-0.01 ZAR", Amounts.of("ZAR").money(-1));
    }

    @Test
    void moneyIsExactForTheLargestAmounts() {
        assertEquals("92,233,720,368,547,758.07 ZAR", Amounts.of("ZAR").money(Long.MAX_VALUE));
    }

    @Test
    void anUnknownCurrencyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Amounts.of("ZZZ"));
    }

    @Test
    void quantitiesLoseTrailingZerosAndShowAtMostThreeDecimals() {
        assertEquals("1.5", Amounts.quantity(new BigDecimal("1.50")));
        assertEquals("0.25", Amounts.quantity(new BigDecimal("0.250")));
        assertEquals("2", Amounts.quantity(new BigDecimal("2.000")));
        assertEquals("100", Amounts.quantity(new BigDecimal("100.00")));
        assertEquals("0.333", Amounts.quantity(new BigDecimal("0.33333")));
        assertEquals("1.667", Amounts.quantity(new BigDecimal("1.66666")));
        assertEquals("1,200", Amounts.quantity(new BigDecimal("1200")));
        assertEquals("0", Amounts.quantity(new BigDecimal("0.00")));
    }

    @Test
    void taxRatesPrintAsPlainPercentages() {
        assertEquals("15%", Amounts.percent(new BigDecimal("15.00")));
        assertEquals("7.5%", Amounts.percent(new BigDecimal("7.50")));
        assertEquals("0%", Amounts.percent(BigDecimal.ZERO));
        assertEquals("20%", Amounts.percent(new BigDecimal("2E+1")));
    }
}
