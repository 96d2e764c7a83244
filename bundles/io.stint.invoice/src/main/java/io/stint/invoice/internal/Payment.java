package io.stint.invoice.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A stored payment against an invoice, in minor units of the invoice's currency; only completed ones count. */
record Payment(long id, long invoiceId, long amountMinor, LocalDate paymentDate, String method, String reference,
        String notes, String status, Long receivedBy, Instant createdAt, Instant updatedAt) {

    static final String COMPLETED = "completed";
    static final List<String> STATUSES = List.of(COMPLETED, "pending", "failed", "refunded");

    boolean counts() {
        return COMPLETED.equals(status);
    }
}
