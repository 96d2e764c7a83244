package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The fields of a new invoice as a request gave them; null means "not given".
 *
 * @param currency ISO-4217; null: the client's (the installation's rate currency)
 * @param dueDate null: the issue date plus the configured {@code due.days}
 * @param taxRate percent, 0–100 with up to 3 decimals; null: 0
 */
record Header(Long clientId, Long projectId, LocalDate issueDate, LocalDate dueDate, BigDecimal taxRate,
        String currency, String notes, String terms) {

    Header withClient(Long id) {
        return new Header(id, projectId, issueDate, dueDate, taxRate, currency, notes, terms);
    }

    Header withCurrency(String code) {
        return new Header(clientId, projectId, issueDate, dueDate, taxRate, code, notes, terms);
    }
}
