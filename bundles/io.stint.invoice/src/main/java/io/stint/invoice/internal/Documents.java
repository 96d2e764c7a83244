package io.stint.invoice.internal;

import java.time.LocalDate;
import java.util.List;

import io.stint.invoice.api.InvoiceDocument;
import io.stint.invoice.api.InvoiceLine;
import io.stint.invoice.api.InvoicePayment;
import io.stint.invoice.api.Party;

/** A stored invoice as a renderer sees it. */
final class Documents {

    private Documents() {
    }

    static InvoiceDocument of(InvoiceView v, Party issuer, LocalDate today) {
        Invoice i = v.invoice();
        List<InvoiceLine> lines = v.items().stream().map(item -> new InvoiceLine(item.description(), item.quantity(),
                item.unitPriceMinor(), item.amountMinor(), item.kind())).toList();
        List<InvoicePayment> payments = v.payments().stream().filter(Payment::counts)
                .map(p -> new InvoicePayment(p.paymentDate(), p.amountMinor(), p.method(), p.reference())).toList();
        return new InvoiceDocument(i.number(), i.shownStatus(today), i.issueDate(), i.dueDate(), i.currency(), issuer,
                new Party(i.clientName(), i.clientEmail(), i.clientAddress(), null), i.projectName(), lines,
                i.subtotalMinor(), i.taxRate(), i.taxMinor(), i.totalMinor(), payments, i.paidMinor(), i.paymentStatus(),
                i.notes(), i.terms());
    }
}
