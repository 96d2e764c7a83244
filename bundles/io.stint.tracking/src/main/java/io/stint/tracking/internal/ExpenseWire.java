package io.stint.tracking.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;
import io.stint.tracking.api.Expense;
import io.stint.tracking.api.ExpenseDraft;

/** An expense on the wire: decimals in the expense's currency, and request bodies read into changes. */
final class ExpenseWire {

    /** Fields of a new expense; its status starts as pending. */
    static final Set<String> CREATE_FIELDS = Set.of("title", "description", "category", "amount", "currency_code",
            "tax_amount", "expense_date", "billable", "reimbursable", "project_id", "client_id", "tags");

    /** Fields of a change: a new expense's, and the status. */
    static final Set<String> UPDATE_FIELDS = union(CREATE_FIELDS, "status");

    private ExpenseWire() {
    }

    static Map<String, Object> toWire(Expense e, ZoneId zone) {
        int digits = Money.digits(e.currency());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("title", e.title());
        m.put("description", e.description());
        m.put("category", e.category());
        m.put("amount", Money.decimal(e.amountMinor(), digits));
        m.put("currency_code", e.currency());
        m.put("tax_amount", Money.decimal(e.taxMinor(), digits));
        m.put("total_amount", Money.decimal(e.totalMinor(), digits));
        m.put("expense_date", e.expenseDate().toString());
        m.put("status", e.status());
        m.put("billable", e.billable());
        m.put("reimbursable", e.reimbursable());
        m.put("project_id", e.projectId());
        m.put("client_id", e.clientId());
        m.put("user_id", e.userId());
        m.put("tags", e.tags());
        m.put("created_at", WireTimes.local(e.createdAt(), zone));
        m.put("updated_at", WireTimes.local(e.updatedAt(), zone));
        return m;
    }

    /** A new expense from a POST body; {@code defaultCurrency} when it names none. */
    static ExpenseDraft draft(JsonNode body, String defaultCurrency) {
        ExpenseDraft blank = new ExpenseDraft(null, null, null, null, null, null, null, defaultCurrency, null, null,
                false, true, null);
        return read(body, CREATE_FIELDS, defaultCurrency).apply(blank);
    }

    /** The change a PUT or PATCH body asks for: the fields present replace the current ones. */
    static UnaryOperator<ExpenseDraft> changes(JsonNode body, String defaultCurrency) {
        return read(body, UPDATE_FIELDS, defaultCurrency);
    }

    private static UnaryOperator<ExpenseDraft> read(JsonNode body, Set<String> fields, String defaultCurrency) {
        Input in = Input.of(body, fields);
        String title = in.string("title", 200);
        String description = in.string("description", 4000);
        String category = in.string("category", 50);
        BigDecimal amount = in.decimal("amount");
        BigDecimal tax = in.decimal("tax_amount");
        String code = in.string("currency_code", 3);
        String currency = code == null ? defaultCurrency : code.toUpperCase(Locale.ROOT);
        if (in.has("currency_code") && !in.failed("currency_code") && !Money.isCurrency(currency)) {
            in.error("currency_code", "Not a valid ISO-4217 currency code.");
        }
        LocalDate date = in.parsed("expense_date", LocalDate::parse, "Not a valid date (YYYY-MM-DD).");
        Boolean billable = notNull(in, "billable");
        Boolean reimbursable = notNull(in, "reimbursable");
        Long projectId = in.integer("project_id");
        Long clientId = in.integer("client_id");
        List<String> tags = in.strings("tags", 50);
        String status = in.choice("status", Set.copyOf(Expense.STATUSES));
        in.validate();
        return d -> {
            String newCurrency = in.has("currency_code") ? currency : d.currency();
            int digits = Money.digits(newCurrency);
            return new ExpenseDraft(
                    in.has("project_id") ? projectId : d.projectId(),
                    in.has("client_id") ? clientId : d.clientId(),
                    in.has("title") ? title : d.title(),
                    in.has("description") ? description : d.description(),
                    in.has("category") ? category : d.category(),
                    in.has("amount") ? CatalogWire.minor(amount, digits, "amount")
                            : rescale(d.amountMinor(), d.currency(), newCurrency, "amount"),
                    in.has("tax_amount") ? CatalogWire.minor(tax, digits, "tax_amount")
                            : rescale(d.taxMinor(), d.currency(), newCurrency, "tax_amount"),
                    newCurrency,
                    in.has("expense_date") ? date : d.expenseDate(),
                    in.has("status") ? status : d.status(),
                    in.has("billable") ? billable : d.billable(),
                    in.has("reimbursable") ? reimbursable : d.reimbursable(),
                    in.has("tags") ? tags : d.tags());
        };
    }

    /** An amount kept through a currency change keeps its value: 12.50 EUR becomes 12.50 USD. */
    private static Long rescale(Long minor, String from, String to, String field) {
        if (minor == null || from == null || from.equals(to)) {
            return minor;
        }
        BigDecimal value = Money.decimal(minor, Money.digits(from));
        if (value.stripTrailingZeros().scale() > Money.digits(to)) {
            throw ApiException.invalidField(field, "Give the amount again: it has more decimal places than " + to + " allows.");
        }
        return CatalogWire.minor(value, Money.digits(to), field);
    }

    private static Boolean notNull(Input in, String field) {
        Boolean value = in.bool(field);
        if (in.has(field) && value == null && !in.failed(field)) {
            in.error(field, "Field may not be null.");
        }
        return value;
    }

    private static Set<String> union(Set<String> fields, String more) {
        Set<String> all = new java.util.HashSet<>(fields);
        all.add(more);
        return Set.copyOf(all);
    }
}
