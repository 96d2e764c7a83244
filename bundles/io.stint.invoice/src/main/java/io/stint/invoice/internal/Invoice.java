package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A stored invoice; money in minor units of {@link #currency()}. */
record Invoice(long id, String number, long createdBy, long clientId, String clientName, String clientEmail,
        String clientAddress, Long projectId, String projectName, String status, LocalDate issueDate,
        LocalDate dueDate, String currency, BigDecimal taxRate, long subtotalMinor, long taxMinor, long totalMinor,
        long paidMinor, String notes, String terms, Instant createdAt, Instant updatedAt) {

    /** The status shown on {@code today}: a sent invoice past due is overdue. */
    String shownStatus(LocalDate today) {
        return Statuses.shown(status, dueDate, today);
    }

    String paymentStatus() {
        return Statuses.payment(paidMinor, totalMinor);
    }

    boolean draft() {
        return Statuses.DRAFT.equals(status);
    }
}
