package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;

/** The bodies of the payment routes: TimeTracker's payment fields. */
final class PaymentInput {

    private static final Set<String> FIELDS = Set.of("amount", "payment_date", "currency", "method", "reference",
            "notes", "status");
    private static final Set<String> WITH_INVOICE = InvoiceInput.union(FIELDS, Set.of("invoice_id"));

    /** A payment and the invoice it is for. */
    record ForInvoice(long invoiceId, PaymentDraft payment) {
    }

    private PaymentInput() {
    }

    /** A new payment of {@code POST /invoices/{id}/payments}. */
    static PaymentDraft create(JsonNode body) {
        Input in = Input.of(body, FIELDS);
        PaymentDraft d = read(in, true);
        in.validate();
        return d;
    }

    /** A new payment of {@code POST /payments}, naming its invoice. */
    static ForInvoice createFor(JsonNode body) {
        Input in = Input.of(body, WITH_INVOICE);
        in.require("invoice_id");
        Long invoice = Fields.id(in, "invoice_id");
        PaymentDraft d = read(in, true);
        in.validate();
        return new ForInvoice(invoice, d);
    }

    /** A change of {@code PUT|PATCH /payments/{id}}. */
    static PaymentDraft change(JsonNode body) {
        Input in = Input.of(body, FIELDS);
        PaymentDraft d = read(in, false);
        in.validate();
        if (d.amount() == null && d.paymentDate() == null && d.currency() == null && d.method() == null
                && d.reference() == null && d.notes() == null && d.status() == null) {
            throw ApiException.badRequest("validation_error", "No fields to update");
        }
        return d;
    }

    private static PaymentDraft read(Input in, boolean create) {
        if (create) {
            in.require("amount");
        }
        BigDecimal amount = in.decimal("amount");
        if (amount != null && amount.signum() <= 0) {
            in.error("amount", "Must be greater than 0.");
        }
        LocalDate date = Fields.date(in, "payment_date");
        String currency = Fields.currency(in, "currency");
        String status = in.choice("status", new HashSet<>(Payment.STATUSES));
        for (String field : new String[] {"amount", "payment_date", "status"}) {
            if (!create && in.has(field) && in.node(field).isNull()) {
                in.error(field, "Field may not be null.");
            }
        }
        return new PaymentDraft(amount, date, currency, Fields.clearable(in, "method", 50),
                Fields.clearable(in, "reference", 100), Fields.clearable(in, "notes", 4000), status);
    }
}
