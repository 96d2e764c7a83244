package io.stint.invoice.internal;

import java.time.LocalDate;

/**
 * Which invoices to list, newest first.
 *
 * @param createdBy only this user's invoices, or null for everyone's (an admin)
 * @param status only invoices showing this status on {@code today}, or null
 * @param clientId only this client's, or null
 * @param projectId only this project's, or null
 * @param today the day overdue is judged on
 */
record InvoiceFilter(Long createdBy, String status, Long clientId, Long projectId, LocalDate today) {
}
