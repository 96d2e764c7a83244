package io.stint.invoice.internal;

import java.util.List;

/** An invoice with its lines and payments, as one read saw them. */
record InvoiceView(Invoice invoice, List<Item> items, List<Payment> payments) {

    InvoiceView {
        items = List.copyOf(items);
        payments = List.copyOf(payments);
    }
}
