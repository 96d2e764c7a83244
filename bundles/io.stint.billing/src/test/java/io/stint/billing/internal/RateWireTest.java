package io.stint.billing.internal;

import static io.stint.billing.internal.BillingFixture.assertFieldErrors;
import static io.stint.billing.internal.BillingFixture.body;
import static io.stint.billing.internal.BillingFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.billing.api.Rate;
import io.stint.billing.api.RateDraft;
import io.stint.rest.api.ApiException;

/** Rate request bodies read exactly into minor units, and answers with the amount as TimeTracker shows money. */
class RateWireTest {

    private final BillingFixture f = new BillingFixture();

    @Test
    void decimalAmountsBecomeExactMinorUnitsWhetherNumbersOrStrings() {
        assertEquals(15_010, minor("150.10", "EUR"));
        assertEquals(15_010, minor("'150.10'", "EUR"));
        assertEquals(29, minor("0.29", "EUR"));
        assertEquals(10_000, minor("1e2", "EUR"));
        assertEquals(15_010, minor("150.100", "EUR"));
        assertEquals(0, minor("0", "EUR"));
        assertEquals(1_500, minor("1500", "JPY"));
        assertEquals(1_234, minor("1.234", "BHD"));
        assertEquals(999_999_999_999_999_99L, minor("999999999999999.99", "EUR"));
    }

    @Test
    void digitsADoubleWouldDropAreStillSeenAndRefused() {
        // As doubles both are exactly 0.1 and 1.0: read through binary floating point they would pass.
        assertFieldErrors(() -> minor("0.1000000000000000055511151231257827", "EUR"), "hourly_amount");
        assertFieldErrors(() -> minor("1.0000000000000001", "EUR"), "hourly_amount");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasIsAFieldError() {
        assertFieldErrors(() -> minor("1500.5", "JPY"), "hourly_amount");
        assertFieldErrors(() -> minor("150.101", "EUR"), "hourly_amount");
        assertFieldErrors(() -> minor("1.2345", "BHD"), "hourly_amount");
    }

    @Test
    void negativeHugeAndNonNumericAmountsAreFieldErrors() {
        assertFieldErrors(() -> minor("-0.01", "EUR"), "hourly_amount");
        assertFieldErrors(() -> minor("'ten'", "EUR"), "hourly_amount");
        assertFieldErrors(() -> minor("true", "EUR"), "hourly_amount");
        assertFieldErrors(() -> minor("1000000000000000", "EUR"), "hourly_amount");
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertFieldErrors(() -> minor("1e999999999", "EUR"), "hourly_amount");
            assertFieldErrors(() -> minor("1e-999999999", "EUR"), "hourly_amount");
        });
    }

    @Test
    void aLowerCaseCurrencyIsUpperCasedAndAnUnknownOneIsAFieldError() {
        assertEquals("USD", RateWire.draft(body("{'name': 'R', 'currency': 'usd', 'hourly_amount': 1}")).currency());
        assertFieldErrors(() -> RateWire.draft(body("{'name': 'R', 'currency': 'ABC', 'hourly_amount': 1}")), "currency");
        assertFieldErrors(() -> RateWire.draft(body("{'name': 'R', 'currency': 'EURO', 'hourly_amount': 1}")), "currency");
    }

    @Test
    void aNewRateNeedsANameACurrencyAndAnAmount() {
        assertFieldErrors(() -> RateWire.draft(body("{}")), "name", "currency", "hourly_amount");
        assertFieldErrors(() -> RateWire.draft(body("{'name': ' ', 'currency': null, 'hourly_amount': 1}")), "name", "currency");
    }

    @Test
    void unknownFieldsBadDatesAndNonObjectsAreFieldErrors() {
        assertFieldErrors(() -> RateWire.draft(body("{'name': 'R', 'currency': 'EUR', 'hourly_amount': 1, 'colour': 1}")), "colour");
        assertFieldErrors(() -> RateWire.draft(body("{'name': 'R', 'currency': 'EUR', 'hourly_amount': 1, "
                + "'effective_from': '2026-13-01'}")), "effective_from");
        assertFieldErrors(() -> RateWire.draft(body("[1]")), "_schema");
        assertFieldErrors(() -> RateWire.draft(null), "_schema");
    }

    @Test
    void aNewCurrencyWithoutANewAmountKeepsTheAmountsValue() {
        Rate rate = f.rates.create(RateWire.draft(body("{'name': 'R', 'currency': 'EUR', 'hourly_amount': 150}")), true);
        assertEquals(150, f.rates.update(rate.id(), RateWire.changes(body("{'currency': 'JPY'}")), true).hourlyMinor());
        assertEquals(150_000, f.rates.update(rate.id(), RateWire.changes(body("{'currency': 'BHD'}")), true).hourlyMinor());
    }

    @Test
    void aNewCurrencyWithTooFewDigitsForTheKeptAmountIsRefused() {
        Rate rate = f.rates.create(RateWire.draft(body("{'name': 'R', 'currency': 'EUR', 'hourly_amount': 150.5}")), true);
        assertFieldErrors(() -> f.rates.update(rate.id(), RateWire.changes(body("{'currency': 'JPY'}")), true), "hourly_amount");
        assertEquals("EUR", f.rates.find(rate.id()).orElseThrow().currency());
    }

    @Test
    void aPatchChangesOnlyWhatItNamesAndNullClearsADate() {
        Rate rate = f.rates.create(RateWire.draft(body("{'name': 'R', 'currency': 'EUR', 'hourly_amount': '80', "
                + "'effective_from': '2026-01-01', 'effective_to': '2026-06-30'}")), true);
        Rate patched = f.rates.update(rate.id(), RateWire.changes(body("{'hourly_amount': 95.5, 'effective_to': null}")), true);
        assertEquals(new RateDraft("R", "EUR", 9_550, rate.effectiveFrom(), null, true), patched.draft());
        assertFieldErrors(() -> RateWire.changes(body("{'name': null, 'is_active': null}")), "name", "is_active");
    }

    @Test
    void anAnswerHasEveryFieldWithTheAmountAsADecimalStringWithTheCurrencysDigits() {
        Rate eur = f.rates.create(RateWire.draft(body("{'name': 'Standard', 'currency': 'EUR', 'hourly_amount': 150.1, "
                + "'effective_from': '2026-01-01'}")), true);
        JsonNode out = tree(RateWire.toWire(eur, BillingFixture.BERLIN));
        assertEquals(List.of("id", "name", "currency", "hourly_amount", "hourly_minor_units", "effective_from",
                "effective_to", "is_active", "created_at", "updated_at"), fields(out));
        assertEquals("150.10", out.get("hourly_amount").textValue());
        assertEquals(15_010, out.get("hourly_minor_units").longValue());
        assertTrue(out.get("hourly_minor_units").isIntegralNumber());
        assertEquals("2026-01-01", out.get("effective_from").textValue());
        assertTrue(out.get("effective_to").isNull());
        assertTrue(out.get("is_active").booleanValue());
        assertTrue(out.get("created_at").textValue().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
        assertEquals("1500", amountOf("JPY", "1500"));
        assertEquals("1.230", amountOf("BHD", "1.23"));
    }

    private String amountOf(String currency, String amount) {
        Rate rate = f.rates.create(RateWire.draft(body("{'name': '" + currency + "', 'currency': '" + currency
                + "', 'hourly_amount': " + amount + "}")), true);
        return (String) RateWire.toWire(rate, BillingFixture.BERLIN).get("hourly_amount");
    }

    private static long minor(String amount, String currency) {
        return RateWire.draft(body("{'name': 'R', 'currency': '" + currency + "', 'hourly_amount': " + amount + "}"))
                .hourlyMinor();
    }

    static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
