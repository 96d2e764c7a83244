package io.stint.invoice.internal;

import static io.stint.invoice.internal.InvoiceFixture.as;
import static io.stint.invoice.internal.InvoiceFixture.body;
import static io.stint.invoice.internal.InvoiceFixture.refused;
import static io.stint.invoice.internal.InvoiceFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;

/** Invoices with typed-in lines over the resource: wire shape, money across currencies, statuses, owners. */
class InvoicesResourceTest {

    private final InvoiceFixture f = new InvoiceFixture();
    private final long acme = f.client("Acme", null);

    private JsonNode create(Actor actor, String json) {
        return tree(f.resource.create(body(json), as(actor))).get("invoice");
    }

    private JsonNode change(Actor actor, long id, String json) {
        return tree(f.resource.update(Long.toString(id), body(json), as(actor))).get("invoice");
    }

    @Test
    void aNewInvoiceIsANumberedDraftWithTotalsFromItsLinesAndTax() {
        JsonNode inv = create(f.alice, "{'client_id': " + acme + ", 'tax_rate': 19, 'notes': 'Thanks', 'items': ["
                + "{'description': 'Design', 'quantity': 1.5, 'unit_price': 80.00},"
                + "{'description': 'Hosting', 'quantity': 1, 'unit_price': 9.99}]}");
        assertEquals("INV-20260210-0001", inv.get("invoice_number").asText());
        assertEquals("draft", inv.get("status").asText());
        assertEquals("unpaid", inv.get("payment_status").asText());
        assertEquals("Acme", inv.get("client_name").asText());
        assertEquals("EUR", inv.get("currency_code").asText(), "the client's currency, the installation's");
        assertEquals("2026-02-10", inv.get("issue_date").asText());
        assertEquals("2026-03-12", inv.get("due_date").asText(), "30 days later by default");
        assertEquals("129.99", inv.get("subtotal").decimalValue().toPlainString());
        assertEquals("24.70", inv.get("tax_amount").decimalValue().toPlainString(), "24.6981 rounded half-up");
        assertEquals("154.69", inv.get("total_amount").decimalValue().toPlainString());
        assertEquals(2, inv.get("items").size());
        assertEquals("120.00", inv.get("items").get(0).get("total_amount").decimalValue().toPlainString());
        assertEquals(0, inv.get("payments").size());
        assertEquals("2026-02-10T12:00:00", inv.get("created_at").asText());
    }

    @Test
    void moneyIsKeptInMinorUnitsOfEachInvoicesCurrency() {
        JsonNode yen = create(f.alice, "{'client_id': " + acme + ", 'currency_code': 'jpy', 'tax_rate': 10, 'items': ["
                + "{'description': 'Consulting', 'quantity': 0.3333, 'unit_price': 15000}]}");
        assertEquals("JPY", yen.get("currency_code").asText());
        assertEquals("5000", yen.get("subtotal").decimalValue().toPlainString(), "4999.5 rounds half-up to whole yen");
        assertEquals("500", yen.get("tax_amount").decimalValue().toPlainString());
        JsonNode dinar = create(f.alice, "{'client_id': " + acme + ", 'currency_code': 'BHD', 'tax_rate': 7.5, 'items': ["
                + "{'description': 'Audit', 'quantity': 3, 'unit_price': 1.234}]}");
        assertEquals("3.702", dinar.get("subtotal").decimalValue().toPlainString());
        assertEquals("0.278", dinar.get("tax_amount").decimalValue().toPlainString(), "0.27765 → 0.278");
        assertEquals("3.980", dinar.get("total_amount").decimalValue().toPlainString());

        ApiException e = refused(400, "validation_error", () -> create(f.alice, "{'client_id': " + acme
                + ", 'currency_code': 'JPY', 'items': [{'description': 'x', 'quantity': 1, 'unit_price': 10.5}]}"));
        assertEquals("Must be a whole amount in JPY.", e.errors().get("items[0].unit_price").get(0));
        assertEquals(2, f.invoiceCount(), "nothing of a refused invoice is stored");
    }

    @Test
    void everyFieldIsCheckedWithFieldErrorsAndNothingIsStored() {
        ApiException e = refused(400, "validation_error", () -> create(f.alice, "{'tax_rate': 100.5, 'currency_code': 'EURO',"
                + " 'due_date': 'soon', 'colour': 'red', 'items': [{'description': '', 'quantity': 0, 'unit_price': -1}]}"));
        assertEquals(Set.of("client_id", "tax_rate", "currency_code", "due_date", "colour", "items[0].description",
                "items[0].quantity", "items[0].unit_price"), e.errors().keySet());
        assertEquals("Client not found.", refused(400, "validation_error",
                () -> create(f.alice, "{'client_id': 999}")).errors().get("client_id").get(0));
        long other = f.project("Elsewhere", f.client("Globex", null), null);
        assertEquals("The project belongs to another client.", refused(400, "validation_error",
                () -> create(f.alice, "{'client_id': " + acme + ", 'project_id': " + other + "}"))
                .errors().get("project_id").get(0));
        refused(400, "validation_error", () -> create(f.alice, "{'client_id': " + acme
                + ", 'issue_date': '2026-03-01', 'due_date': '2026-02-01'}"));
        refused(400, "validation_error", () -> f.resource.create(body("[1]"), as(f.alice)));
        assertEquals(0, f.invoiceCount());
    }

    @Test
    void statusesFollowTheirTransitionsAndInvalidOnesAreRefused() {
        long id = create(f.alice, "{'client_id': " + acme + "}").get("id").asLong();
        assertEquals("invalid_transition", refused(409, "invalid_transition",
                () -> change(f.alice, id, "{'status': 'paid'}")).errorCode(), "a draft is not paid");
        assertEquals("sent", change(f.alice, id, "{'status': 'sent'}").get("status").asText());
        refused(409, "invalid_transition", () -> change(f.alice, id, "{'status': 'draft'}"));
        refused(409, "invalid_state", () -> change(f.alice, id, "{'tax_rate': 5}"));
        assertEquals("Net 14", change(f.alice, id, "{'terms': 'Net 14'}").get("terms").asText(), "terms still change");
        assertEquals("overdue", change(f.alice, id, "{'status': 'overdue'}").get("status").asText());
        refused(409, "invalid_transition", () -> change(f.alice, id, "{'status': 'sent'}"));
        assertEquals("paid", change(f.alice, id, "{'status': 'paid'}").get("status").asText());
        ApiException e = refused(409, "invalid_transition", () -> f.resource.cancel(Long.toString(id), as(f.alice)));
        assertTrue(e.getMessage().contains("paid is final"), e.getMessage());
    }

    @Test
    void aSentInvoicePastItsDueDateShowsAsOverdue() {
        long id = create(f.alice, "{'client_id': " + acme + ", 'issue_date': '2026-01-01', 'due_date': '2026-01-31'}")
                .get("id").asLong();
        JsonNode sent = change(f.alice, id, "{'status': 'sent'}");
        assertEquals("overdue", sent.get("status").asText());
        assertEquals(10, sent.get("days_overdue").asInt());
        JsonNode listed = tree(f.resource.list(null, null, "overdue", null, null, as(f.alice)));
        assertEquals(1, listed.get("invoices").size());
        assertEquals(0, tree(f.resource.list(null, null, "sent", null, null, as(f.alice))).get("invoices").size());
    }

    @Test
    void aUserReachesOnlyTheirOwnInvoicesAndAnAdminReachesAll() {
        long id = create(f.alice, "{'client_id': " + acme + "}").get("id").asLong();
        create(f.bob, "{'client_id': " + acme + "}");
        refused(404, "not_found", () -> f.resource.get(Long.toString(id), as(f.bob)));
        refused(404, "not_found", () -> change(f.bob, id, "{'notes': 'mine now'}"));
        refused(404, "not_found", () -> f.resource.cancel(Long.toString(id), as(f.bob)));
        refused(404, "not_found", () -> f.resource.get("abc", as(f.alice)));
        assertEquals(1, tree(f.resource.list(null, null, null, null, null, as(f.bob))).get("pagination").get("total").asInt());
        assertEquals(2, tree(f.resource.list(null, null, null, null, null, as(f.root))).get("pagination").get("total").asInt());
        assertEquals("draft", tree(f.resource.get(Long.toString(id), as(f.root))).get("invoice").get("status").asText());
    }

    @Test
    void onlyADraftsLinesAreReplacedAndTheTotalsFollow() {
        long id = create(f.alice, "{'client_id': " + acme + ", 'items': [{'description': 'A', 'quantity': 1, 'unit_price': 10}]}")
                .get("id").asLong();
        JsonNode replaced = tree(f.resource.items(Long.toString(id), body("{'items': [{'description': 'B', 'quantity': 2, "
                + "'unit_price': 25.5}]}"), as(f.alice))).get("invoice");
        assertEquals(1, replaced.get("items").size());
        assertEquals("51.00", replaced.get("total_amount").decimalValue().toPlainString());
        change(f.alice, id, "{'status': 'sent'}");
        refused(409, "invalid_state", () -> f.resource.items(Long.toString(id), body("{'items': []}"), as(f.alice)));
    }

    @Test
    void numbersCountOnWithinADayAndARefusedCreationUsesNone() {
        create(f.alice, "{'client_id': " + acme + "}");
        refused(400, "validation_error", () -> create(f.alice, "{'client_id': " + acme
                + ", 'items': [{'description': 'x', 'quantity': 1, 'unit_price': 1.001}]}"));
        assertEquals("INV-20260210-0002", create(f.alice, "{'client_id': " + acme + "}").get("invoice_number").asText());
        assertEquals("INV-20260101-0001", create(f.alice, "{'client_id': " + acme + ", 'issue_date': '2026-01-01'}")
                .get("invoice_number").asText(), "the issue date's day counts on its own");
    }
}
