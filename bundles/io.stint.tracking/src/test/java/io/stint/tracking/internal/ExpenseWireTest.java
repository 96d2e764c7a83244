package io.stint.tracking.internal;

import static io.stint.tracking.internal.CatalogFixture.assertFieldErrors;
import static io.stint.tracking.internal.CatalogFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.tracking.api.Expense;

/** Expense request bodies and answers: amounts in the expense's currency, minor units inside. */
class ExpenseWireTest {

    private final CatalogFixture f = new CatalogFixture();

    private Expense create(String body) {
        return f.expenses.create(1, ExpenseWire.draft(json(body), f.expenses.defaultCurrency()));
    }

    @Test
    void amountsAreNumbersAndTheTotalIncludesTax() {
        Expense e = create("{'title': 'Train', 'category': 'travel', 'amount': 45.5, 'tax_amount': '4.55', "
                + "'expense_date': '2026-01-15', 'tags': ['trip']}");
        assertEquals(4550L, e.amountMinor());
        JsonNode out = CatalogFixture.JSON.valueToTree(ExpenseWire.toWire(e, ZoneId.of("UTC")));
        assertEquals(45.5, out.get("amount").doubleValue());
        assertEquals(50.05, out.get("total_amount").doubleValue());
        assertTrue(out.get("total_amount").isNumber());
        assertEquals("EUR", out.get("currency_code").textValue());
        assertEquals("2026-01-15", out.get("expense_date").textValue());
        assertEquals("pending", out.get("status").textValue());
        assertTrue(out.get("tags").isArray());
        assertTrue(out.get("project_id").isNull());
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefused() {
        assertFieldErrors(() -> create("{'title': 'Sushi', 'category': 'food', 'amount': 12.5, 'currency_code': 'JPY', "
                + "'expense_date': '2026-01-15'}"), "amount");
        assertFieldErrors(() -> create("{'title': 'Taxi', 'category': 'travel', 'amount': 12.505, "
                + "'expense_date': '2026-01-15'}"), "amount");
        assertEquals(1250L, create("{'title': 'Sushi', 'category': 'food', 'amount': 1250, 'currency_code': 'jpy', "
                + "'expense_date': '2026-01-15'}").amountMinor());
        assertEquals(1, f.expenses.count(io.stint.tracking.api.ExpenseQuery.of(null)));
    }

    @Test
    void anUnknownCurrencyBadTypesAndAStatusOnCreationAreFieldErrors() {
        assertFieldErrors(() -> create("{'title': 'Taxi', 'category': 'travel', 'amount': 'ten', 'currency_code': 'ABC', "
                + "'expense_date': 'yesterday', 'billable': 1, 'status': 'approved'}"),
                "amount", "currency_code", "expense_date", "billable", "status");
    }

    @Test
    void changingTheCurrencyKeepsTheAmountsValue() {
        Expense e = create("{'title': 'Taxi', 'category': 'travel', 'amount': 12, 'expense_date': '2026-01-15'}");
        Expense usd = f.expenses.update(e.id(), 1L, ExpenseWire.changes(json("{'currency_code': 'USD'}"), "EUR"));
        assertEquals(1200L, usd.amountMinor());
        Expense yen = f.expenses.update(e.id(), 1L, ExpenseWire.changes(json("{'currency_code': 'JPY'}"), "EUR"));
        assertEquals(12L, yen.amountMinor());
    }

    @Test
    void changingToACurrencyWithFewerDecimalsNeedsTheAmountAgain() {
        Expense e = create("{'title': 'Taxi', 'category': 'travel', 'amount': 12.5, 'expense_date': '2026-01-15'}");
        assertFieldErrors(() -> f.expenses.update(e.id(), 1L, ExpenseWire.changes(json("{'currency_code': 'JPY'}"), "EUR")),
                "amount");
        Expense yen = f.expenses.update(e.id(), 1L, ExpenseWire.changes(json("{'currency_code': 'JPY', 'amount': 1800}"), "EUR"));
        assertEquals(1800L, yen.amountMinor());
        assertEquals("JPY", yen.currency());
    }
}
