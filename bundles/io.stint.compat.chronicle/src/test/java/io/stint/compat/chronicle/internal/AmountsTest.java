package io.stint.compat.chronicle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void majorUnitsBecomeMinorUnitsWithTheCurrencysDigits() {
        assertEquals(15000, Amounts.minor(new BigDecimal("150.00"), "ZAR"));
        assertEquals(29, Amounts.minor(new BigDecimal("0.29"), "USD"), "0.29 is 29 cents, not 28 as through a double");
        assertEquals(15000, Amounts.minor(new BigDecimal("150"), "EUR"));
        assertEquals(150, Amounts.minor(new BigDecimal("150"), "JPY"));
        assertEquals(1500, Amounts.minor(new BigDecimal("1.5"), "BHD"), "three digits");
    }

    @Test
    void moreDecimalPlacesThanTheCurrencyHasAreRefused() {
        ChronicleException e = assertThrows(ChronicleException.class, () -> Amounts.minor(new BigDecimal("1.234"), "USD"));
        assertEquals(400, e.status());
        assertEquals("INVALID_REQUEST", e.code());
        assertThrows(ChronicleException.class, () -> Amounts.minor(new BigDecimal("150.5"), "JPY"));
    }

    @Test
    void minorUnitsAreWrittenAsMajorUnitsWithTheCurrencysScale() {
        assertEquals("150.00", Amounts.major(15000, "ZAR").toPlainString());
        assertEquals("0.29", Amounts.major(29, "USD").toPlainString());
        assertEquals("150", Amounts.major(150, "JPY").toPlainString());
    }

    @Test
    void theCurrencyDefaultsToUsdAndMustBeThreeUpperCaseIsoLetters() {
        assertEquals("USD", Amounts.currency(null));
        assertEquals("USD", Amounts.currency(""));
        assertEquals("ZAR", Amounts.currency("ZAR"));
        for (String bad : new String[] { "zar", "ZA", "ZARR", "ABC", "12$" }) {
            ChronicleException e = assertThrows(ChronicleException.class, () -> Amounts.currency(bad), bad);
            assertEquals(Amounts.INVALID_CURRENCY, e.getMessage());
        }
    }

    @Test
    void bodiesKeepDecimalsExact() throws Exception {
        var node = ChronicleJson.MAPPER.readTree("{\"hourly_amount\": 0.29, \"big\": 12345678901234567.01}");
        assertEquals(new BigDecimal("0.29"), node.get("hourly_amount").decimalValue());
        assertEquals(new BigDecimal("12345678901234567.01"), node.get("big").decimalValue());
    }
}
