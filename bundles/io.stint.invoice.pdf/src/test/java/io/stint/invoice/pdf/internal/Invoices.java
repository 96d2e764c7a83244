package io.stint.invoice.pdf.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.stint.invoice.api.InvoiceDocument;
import io.stint.invoice.api.InvoiceLine;
import io.stint.invoice.api.InvoicePayment;
import io.stint.invoice.api.Party;

/** Invoices for the tests, with sums worked out by hand in each test. */
final class Invoices {

    static final Party ISSUER = new Party("Stint Studio Ltd", "billing@stint.example",
            "12 Long Street\nCape Town 8001\nSouth Africa", "ZA4123456789");
    static final Party CLIENT = new Party("Karoo Foods (Pty) Ltd", "accounts@karoo.example",
            "7 Church Road\r\nStellenbosch 7600", "ZA4987654321");

    private Invoices() {
    }

    static InvoiceLine line(String description, String quantity, long unitMinor, long amountMinor) {
        return new InvoiceLine(description, new BigDecimal(quantity), unitMinor, amountMinor, "time");
    }

    static InvoicePayment payment(String date, long minor, String method, String reference) {
        return new InvoicePayment(LocalDate.parse(date), minor, method, reference);
    }

    static InvoiceDocument invoice(String currency, Party client, List<InvoiceLine> lines, long subtotal,
            String rate, long tax, List<InvoicePayment> payments, long paid) {
        return new InvoiceDocument("INV-2025-0042", "sent", LocalDate.parse("2025-03-01"),
                LocalDate.parse("2025-03-31"), currency, ISSUER, client, "Website relaunch", lines, subtotal,
                new BigDecimal(rate), tax, subtotal + tax, payments, paid, paid == 0 ? "unpaid" : "partially_paid",
                "Thank you for your business.", "Payment within 30 days.");
    }
}
