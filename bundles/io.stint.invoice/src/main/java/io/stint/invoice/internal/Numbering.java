package io.stint.invoice.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import io.stint.store.api.Sql;

/**
 * Hands out invoice numbers from {@code INVOICE_COUNTERS}, inside the transaction that stores the
 * invoice: the counter row stays locked until that transaction ends, so concurrent creations take
 * turns, and a rollback returns the number. Numbers are therefore unique and gap-free per scope.
 */
final class Numbering {

    private static final int MAX_TRIES = 1000;

    private Numbering() {
    }

    /** The next free number of {@code pattern} on {@code date}. */
    static String next(Connection c, NumberPattern pattern, LocalDate date) throws SQLException {
        String scope = pattern.scope(date);
        for (int i = 0; i < MAX_TRIES; i++) {
            String number = pattern.format(date, increment(c, scope));
            // a number another pattern already made (an operator changed the pattern) is skipped
            if (!Sql.exists(c, "SELECT 1 FROM INVOICES WHERE INVOICE_NUMBER = ?", number)) {
                return number;
            }
        }
        throw new IllegalStateException("No free invoice number in scope " + scope);
    }

    private static long increment(Connection c, String scope) throws SQLException {
        for (int i = 0; i < MAX_TRIES; i++) {
            if (Sql.update(c, "UPDATE INVOICE_COUNTERS SET LAST_SEQ = LAST_SEQ + 1 WHERE SCOPE_KEY = ?", scope) == 1) {
                return Sql.number(c, "SELECT LAST_SEQ FROM INVOICE_COUNTERS WHERE SCOPE_KEY = ?", List.of(scope));
            }
            try {
                Sql.update(c, "INSERT INTO INVOICE_COUNTERS (SCOPE_KEY, LAST_SEQ) VALUES (?, 1)", scope);
                return 1;
            } catch (SQLException e) {
                if (!Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                // another transaction made the row first: count on it
            }
        }
        throw new IllegalStateException("The invoice counter " + scope + " could not be taken");
    }
}
