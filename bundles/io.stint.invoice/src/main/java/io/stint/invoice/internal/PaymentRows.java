package io.stint.invoice.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.stint.store.api.Sql;

/** The SQL of payments. */
final class PaymentRows {

    private static final String COLUMNS = "SELECT p.ID, p.INVOICE_ID, p.AMOUNT_MINOR, p.PAYMENT_DATE, p.METHOD, "
            + "p.REFERENCE, p.NOTES, p.STATUS, p.RECEIVED_BY, p.CREATED_AT, p.UPDATED_AT FROM INVOICE_PAYMENTS p ";

    private PaymentRows() {
    }

    static List<Payment> of(Connection c, long invoiceId) throws SQLException {
        return Sql.list(c, COLUMNS + "WHERE p.INVOICE_ID = ? ORDER BY p.PAYMENT_DATE, p.ID", List.of(invoiceId),
                PaymentRows::read);
    }

    static Optional<Payment> find(Connection c, long id) throws SQLException {
        return Sql.one(c, COLUMNS + "WHERE p.ID = ?", List.of(id), PaymentRows::read);
    }

    /** A page of the payments of invoices made by {@code createdBy} (null: anyone's), newest first. */
    static List<Payment> list(Connection c, Long createdBy, Long invoiceId, long offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(createdBy, invoiceId, params);
        params.add(limit);
        params.add(offset);
        return Sql.list(c, COLUMNS + where + " ORDER BY p.ID DESC LIMIT ? OFFSET ?", params, PaymentRows::read);
    }

    static long count(Connection c, Long createdBy, Long invoiceId) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Sql.number(c, "SELECT COUNT(*) FROM INVOICE_PAYMENTS p " + where(createdBy, invoiceId, params), params);
    }

    private static String where(Long createdBy, Long invoiceId, List<Object> params) {
        StringBuilder sql = new StringBuilder("JOIN INVOICES i ON i.ID = p.INVOICE_ID WHERE 1 = 1");
        if (createdBy != null) {
            sql.append(" AND i.CREATED_BY = ?");
            params.add(createdBy);
        }
        if (invoiceId != null) {
            sql.append(" AND p.INVOICE_ID = ?");
            params.add(invoiceId);
        }
        return sql.toString();
    }

    static long insert(Connection c, Payment p, Instant now) throws SQLException {
        return Sql.insert(c, "INSERT INTO INVOICE_PAYMENTS (INVOICE_ID, AMOUNT_MINOR, PAYMENT_DATE, METHOD, REFERENCE, "
                + "NOTES, STATUS, RECEIVED_BY, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.invoiceId(), p.amountMinor(), p.paymentDate(), p.method(), p.reference(), p.notes(), p.status(),
                p.receivedBy(), now.truncatedTo(ChronoUnit.SECONDS), now);
    }

    static void update(Connection c, Payment p, Instant now) throws SQLException {
        Sql.update(c, "UPDATE INVOICE_PAYMENTS SET AMOUNT_MINOR = ?, PAYMENT_DATE = ?, METHOD = ?, REFERENCE = ?, "
                + "NOTES = ?, STATUS = ?, UPDATED_AT = ? WHERE ID = ?", p.amountMinor(), p.paymentDate(), p.method(),
                p.reference(), p.notes(), p.status(), now, p.id());
    }

    static void delete(Connection c, long id) throws SQLException {
        Sql.update(c, "DELETE FROM INVOICE_PAYMENTS WHERE ID = ?", id);
    }

    /** The sum of the invoice's completed payments. */
    static long paid(Connection c, long invoiceId) throws SQLException {
        return Sql.number(c, "SELECT COALESCE(SUM(AMOUNT_MINOR), 0) FROM INVOICE_PAYMENTS WHERE INVOICE_ID = ? "
                + "AND STATUS = 'completed'", List.of(invoiceId));
    }

    private static Payment read(ResultSet rs) throws SQLException {
        return new Payment(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, java.time.LocalDate.class),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), Sql.longOrNull(rs, "RECEIVED_BY"),
                Sql.instant(rs, "CREATED_AT"), Sql.instant(rs, "UPDATED_AT"));
    }
}
