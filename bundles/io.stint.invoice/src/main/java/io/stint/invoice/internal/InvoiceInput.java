package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.Input;

/** The bodies of {@code POST /invoices} and {@code PUT|PATCH /invoices/{id}}, and the header fields of the from-* calls. */
final class InvoiceInput {

    /** The fields every way of making an invoice takes. */
    static final Set<String> HEADER = Set.of("client_id", "project_id", "issue_date", "due_date", "tax_rate",
            "currency_code", "notes", "terms");

    private static final Set<String> CREATE = union(HEADER, Set.of("items"));
    private static final Set<String> UPDATE = Set.of("status", "issue_date", "due_date", "tax_rate", "currency_code",
            "notes", "terms", "client_name", "client_email", "client_address", "amount_paid");

    /** A new invoice: its header and its typed-in lines (none when absent). */
    record NewInvoice(Header header, List<ItemInput> items) {
    }

    private InvoiceInput() {
    }

    static NewInvoice create(JsonNode body) {
        Input in = Input.of(body, CREATE);
        in.require("client_id");
        Header header = header(in);
        List<ItemInput> items = ItemInput.list(in, "items");
        in.validate();
        return new NewInvoice(header, items == null ? List.of() : items);
    }

    /** The header fields of {@code in} (whose allowed fields include {@link #HEADER}); errors stay in {@code in}. */
    static Header header(Input in) {
        Long client = Fields.id(in, "client_id");
        Long project = Fields.id(in, "project_id");
        LocalDate issue = Fields.date(in, "issue_date");
        LocalDate due = Fields.date(in, "due_date");
        if (issue != null && due != null && due.isBefore(issue)) {
            in.error("due_date", "Must not be before the issue date.");
        }
        BigDecimal tax = Fields.taxRate(in, "tax_rate");
        String currency = Fields.currency(in, "currency_code");
        String notes = in.string("notes", 4000);
        String terms = in.string("terms", 4000);
        return new Header(client, project, issue, due, tax, currency, notes, terms);
    }

    static InvoiceChanges changes(JsonNode body) {
        Input in = Input.of(body, UPDATE);
        if (in.has("amount_paid")) {
            in.error("amount_paid", "Derived from the payments: record a payment (POST /invoices/{id}/payments).");
        }
        String status = in.choice("status", new HashSet<>(Statuses.ALL));
        if (in.has("status") && status == null && !in.failed("status")) {
            in.error("status", "Field may not be null.");
        }
        LocalDate issue = notNull(in, "issue_date", Fields.date(in, "issue_date"));
        LocalDate due = notNull(in, "due_date", Fields.date(in, "due_date"));
        BigDecimal tax = notNull(in, "tax_rate", Fields.taxRate(in, "tax_rate"));
        String currency = notNull(in, "currency_code", Fields.currency(in, "currency_code"));
        String clientName = notNull(in, "client_name", in.string("client_name", 200));
        Optional<String> email = Fields.clearable(in, "client_email", 254);
        Optional<String> address = Fields.clearable(in, "client_address", 1000);
        Optional<String> notes = Fields.clearable(in, "notes", 4000);
        Optional<String> terms = Fields.clearable(in, "terms", 4000);
        in.validate();
        InvoiceChanges changes = new InvoiceChanges(status, issue, due, tax, currency, notes, terms, clientName, email,
                address);
        if (changes.status() == null && !changes.touchesFields()) {
            throw io.stint.rest.api.ApiException.badRequest("validation_error", "No fields to update");
        }
        return changes;
    }

    /** {@code value}, recording "Field may not be null." when the field was sent as null or blank. */
    private static <T> T notNull(Input in, String field, T value) {
        if (in.has(field) && value == null && !in.failed(field)) {
            in.error(field, "Field may not be null.");
        }
        return value;
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
