package io.stint.invoice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Invoices, lines and payments as TimeTracker's {@code /api/v1} shows them: money as decimal numbers
 * in the invoice's currency, dates {@code YYYY-MM-DD}, times naive in the caller's zone.
 */
final class InvoiceWire {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private InvoiceWire() {
    }

    /** An invoice as lists show it. */
    static Map<String, Object> invoice(Invoice i, ZoneId zone, LocalDate today) {
        String c = i.currency();
        String status = i.shownStatus(today);
        boolean overdue = Statuses.OVERDUE.equals(status);
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("id", i.id());
        w.put("invoice_number", i.number());
        w.put("client_id", i.clientId());
        w.put("client_name", i.clientName());
        w.put("client_email", i.clientEmail());
        w.put("client_address", i.clientAddress());
        w.put("project_id", i.projectId());
        w.put("project_name", i.projectName());
        w.put("status", status);
        w.put("issue_date", i.issueDate().toString());
        w.put("due_date", i.dueDate().toString());
        w.put("currency_code", c);
        w.put("subtotal", Money.decimal(i.subtotalMinor(), c));
        w.put("tax_rate", i.taxRate());
        w.put("tax_amount", Money.decimal(i.taxMinor(), c));
        w.put("total_amount", Money.decimal(i.totalMinor(), c));
        w.put("amount_paid", Money.decimal(i.paidMinor(), c));
        w.put("payment_status", i.paymentStatus());
        w.put("outstanding_amount", Money.decimal(i.totalMinor() - i.paidMinor(), c));
        w.put("is_overdue", overdue);
        w.put("days_overdue", overdue ? Math.max(0, ChronoUnit.DAYS.between(i.dueDate(), today)) : 0);
        w.put("notes", i.notes());
        w.put("terms", i.terms());
        w.put("created_by", i.createdBy());
        w.put("created_at", local(i.createdAt(), zone));
        w.put("updated_at", local(i.updatedAt(), zone));
        return w;
    }

    /** An invoice with its lines and payments, as {@code GET /invoices/{id}} shows it. */
    static Map<String, Object> detail(InvoiceView v, ZoneId zone, LocalDate today) {
        Map<String, Object> w = invoice(v.invoice(), zone, today);
        String c = v.invoice().currency();
        w.put("items", v.items().stream().map(item -> item(item, c, zone)).toList());
        w.put("payments", v.payments().stream().map(p -> payment(p, c, zone)).toList());
        return w;
    }

    static Map<String, Object> item(Item item, String currency, ZoneId zone) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("id", item.id());
        w.put("invoice_id", item.invoiceId());
        w.put("description", item.description());
        w.put("quantity", item.quantity());
        w.put("unit_price", Money.decimal(item.unitPriceMinor(), currency));
        w.put("total_amount", Money.decimal(item.amountMinor(), currency));
        w.put("kind", item.kind());
        w.put("time_entry_ids", item.timeEntryIds());
        w.put("created_at", local(item.createdAt(), zone));
        return w;
    }

    static Map<String, Object> payment(Payment p, String currency, ZoneId zone) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("id", p.id());
        w.put("invoice_id", p.invoiceId());
        w.put("amount", Money.decimal(p.amountMinor(), currency));
        w.put("currency", currency);
        w.put("payment_date", p.paymentDate().toString());
        w.put("method", p.method());
        w.put("reference", p.reference());
        w.put("notes", p.notes());
        w.put("status", p.status());
        w.put("received_by", p.receivedBy());
        w.put("created_at", local(p.createdAt(), zone));
        w.put("updated_at", local(p.updatedAt(), zone));
        return w;
    }

    /** {@code {"message", "<key>": value}}. */
    static Map<String, Object> message(String message, String key, Object value) {
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("message", message);
        w.put(key, value);
        return w;
    }

    static List<Map<String, Object>> invoices(List<Invoice> list, ZoneId zone, LocalDate today) {
        return list.stream().map(i -> invoice(i, zone, today)).toList();
    }

    private static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LOCAL.format(instant.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS));
    }
}
