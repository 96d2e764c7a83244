package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A partial update of an invoice: a null field is left as it is; an empty Optional clears a text.
 * Only a draft's issue date, tax rate, currency and client details change; notes, terms and the due
 * date change until the invoice is paid or cancelled; {@code status} asks for a transition.
 */
record InvoiceChanges(String status, LocalDate issueDate, LocalDate dueDate, BigDecimal taxRate, String currency,
        Optional<String> notes, Optional<String> terms, String clientName, Optional<String> clientEmail,
        Optional<String> clientAddress) {

    /** Whether it changes something only a draft may change. */
    boolean touchesDraftOnly() {
        return issueDate != null || taxRate != null || currency != null || clientName != null || clientEmail != null
                || clientAddress != null;
    }

    /** Whether it changes something besides the status. */
    boolean touchesFields() {
        return touchesDraftOnly() || dueDate != null || notes != null || terms != null;
    }
}
