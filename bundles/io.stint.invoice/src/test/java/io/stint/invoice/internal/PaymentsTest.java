package io.stint.invoice.internal;

import static io.stint.invoice.internal.InvoiceFixture.as;
import static io.stint.invoice.internal.InvoiceFixture.body;
import static io.stint.invoice.internal.InvoiceFixture.refused;
import static io.stint.invoice.internal.InvoiceFixture.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Payments: partial, full and over; the payment status derived from them; the status that follows. */
class PaymentsTest {

    private final InvoiceFixture f = new InvoiceFixture();
    private final long acme = f.client("Acme", null);
    private final String id = Long.toString(tree(f.resource.create(body("{'client_id': " + acme + ", 'items': ["
            + "{'description': 'Work', 'quantity': 1, 'unit_price': 100}]}"), as(f.alice))).get("invoice").get("id").asLong());

    private JsonNode pay(String json) {
        return tree(f.paymentResource.create(id, body(json), as(f.alice)));
    }

    private JsonNode invoice() {
        return tree(f.resource.get(id, as(f.alice))).get("invoice");
    }

    private void send() {
        f.resource.update(id, body("{'status': 'sent'}"), as(f.alice));
    }

    @Test
    void aDraftTakesNoPayment() {
        refused(409, "invalid_state", () -> pay("{'amount': 10}"));
    }

    @Test
    void partialThenFullPaymentsMakeTheInvoicePaid() {
        send();
        JsonNode first = pay("{'amount': 40, 'payment_date': '2026-02-11', 'method': 'bank_transfer', 'reference': 'TX1'}");
        assertEquals("40.00", first.get("payment").get("amount").decimalValue().toPlainString());
        assertEquals("partially_paid", first.get("invoice").get("payment_status").asText());
        assertEquals("sent", first.get("invoice").get("status").asText());
        JsonNode second = pay("{'amount': 60}");
        assertEquals("fully_paid", second.get("invoice").get("payment_status").asText());
        assertEquals("paid", second.get("invoice").get("status").asText());
        assertEquals("100.00", invoice().get("amount_paid").decimalValue().toPlainString());
        assertEquals(2, invoice().get("payments").size());
        assertEquals("2026-02-10", invoice().get("payments").get(0).get("payment_date").asText(),
                "today by default, listed by payment date");
    }

    @Test
    void paymentsBeyondTheTotalAreOverpaidAndDeletingOneThatCoveredItReopensTheInvoice() {
        send();
        long big = pay("{'amount': 120}").get("payment").get("id").asLong();
        assertEquals("overpaid", invoice().get("payment_status").asText());
        assertEquals("paid", invoice().get("status").asText());
        pay("{'amount': 5}");
        assertEquals("125.00", invoice().get("amount_paid").decimalValue().toPlainString(), "a paid invoice takes more");
        f.paymentResource.delete(id, Long.toString(big), as(f.alice));
        JsonNode after = invoice();
        assertEquals("partially_paid", after.get("payment_status").asText());
        assertEquals("sent", after.get("status").asText(), "no longer covered: owed again");
    }

    @Test
    void paymentsAreCheckedAgainstTheInvoicesCurrencyAndOwner() {
        send();
        assertEquals("At most 2 decimal places are allowed in EUR.", refused(400, "validation_error",
                () -> pay("{'amount': 1.001}")).errors().get("amount").get(0));
        refused(400, "validation_error", () -> pay("{'amount': 10, 'currency': 'USD'}"));
        refused(400, "validation_error", () -> pay("{'amount': -5}"));
        refused(400, "validation_error", () -> pay("{'method': 'cash'}"));
        refused(404, "not_found", () -> f.paymentResource.create(id, body("{'amount': 10}"), as(f.bob)));
        refused(404, "not_found", () -> f.paymentResource.list(id, as(f.bob)));
        assertEquals("unpaid", invoice().get("payment_status").asText());
    }

    @Test
    void onlyCompletedPaymentsCount() {
        send();
        pay("{'amount': 100, 'status': 'pending'}");
        assertEquals("unpaid", invoice().get("payment_status").asText());
        assertEquals("sent", invoice().get("status").asText());
    }
}
