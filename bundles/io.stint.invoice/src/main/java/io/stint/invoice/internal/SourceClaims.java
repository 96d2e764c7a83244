package io.stint.invoice.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import io.stint.rest.api.ApiException;
import io.stint.store.api.Sql;

/**
 * Claims in {@code INVOICE_SOURCES}: a time entry, block or expense belongs to at most one invoice.
 * The unique key decides between concurrent invoices; the loser's transaction is refused with 409
 * {@code already_invoiced}, and rolls back with everything else it stored.
 */
final class SourceClaims {

    private SourceClaims() {
    }

    /** Those of {@code sources} that some invoice already claims. */
    static List<Source> claimed(Connection c, Collection<Source> sources) throws SQLException {
        List<Source> taken = new ArrayList<>();
        for (Source s : new TreeSet<>(sources)) {
            if (Sql.exists(c, "SELECT 1 FROM INVOICE_SOURCES WHERE KIND = ? AND SOURCE_ID = ?", s.kind(), s.id())) {
                taken.add(s);
            }
        }
        return taken;
    }

    /** @throws ApiException 409 {@code already_invoiced} naming those of {@code sources} already claimed */
    static void refuseClaimed(Connection c, Collection<Source> sources) throws SQLException {
        List<Source> taken = claimed(c, sources);
        if (!taken.isEmpty()) {
            throw alreadyInvoiced(taken);
        }
    }

    /** Claims {@code sources} for the invoice's line {@code itemId}, in a fixed order so concurrent claims cannot deadlock. */
    static void claim(Connection c, long invoiceId, long itemId, Collection<Source> sources) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO INVOICE_SOURCES (KIND, SOURCE_ID, INVOICE_ID, ITEM_ID) VALUES (?, ?, ?, ?)")) {
            for (Source s : new TreeSet<>(sources)) {
                ps.setString(1, s.kind());
                ps.setLong(2, s.id());
                ps.setLong(3, invoiceId);
                ps.setLong(4, itemId);
                try {
                    ps.executeUpdate();
                } catch (SQLException e) {
                    if (Sql.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        List<Source> taken = claimed(c, sources);
                        throw alreadyInvoiced(taken.isEmpty() ? List.of(s) : taken);
                    }
                    throw e;
                }
            }
        }
    }

    /** The sources the invoice claims. */
    static List<Source> of(Connection c, long invoiceId) throws SQLException {
        return Sql.list(c, "SELECT KIND, SOURCE_ID FROM INVOICE_SOURCES WHERE INVOICE_ID = ? ORDER BY KIND, SOURCE_ID",
                List.of(invoiceId), rs -> new Source(rs.getString(1), rs.getLong(2)));
    }

    /** Gives up every claim of the invoice and answers what it held. */
    static List<Source> release(Connection c, long invoiceId) throws SQLException {
        List<Source> held = of(c, invoiceId);
        Sql.update(c, "DELETE FROM INVOICE_SOURCES WHERE INVOICE_ID = ?", invoiceId);
        return held;
    }

    static ApiException alreadyInvoiced(List<Source> taken) {
        List<String> labels = taken.stream().map(Source::label).toList();
        return ApiException.conflict("already_invoiced", "Already on an invoice: " + String.join(", ", labels) + ".");
    }
}
