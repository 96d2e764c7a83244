package io.stint.invoice.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.stint.store.api.Sql;

/** The SQL of invoices and their lines. */
final class InvoiceRows {

    private static final String COLUMNS = "SELECT ID, INVOICE_NUMBER, CREATED_BY, CLIENT_ID, CLIENT_NAME, CLIENT_EMAIL, "
            + "CLIENT_ADDRESS, PROJECT_ID, PROJECT_NAME, STATUS, ISSUE_DATE, DUE_DATE, CURRENCY, TAX_RATE, "
            + "SUBTOTAL_MINOR, TAX_MINOR, TOTAL_MINOR, PAID_MINOR, NOTES, TERMS, CREATED_AT, UPDATED_AT FROM INVOICES ";

    private InvoiceRows() {
    }

    /** Stores a new invoice (its id and totals are ignored) and answers its id. */
    static long insert(Connection c, Invoice i, Instant now) throws SQLException {
        return Sql.insert(c, "INSERT INTO INVOICES (INVOICE_NUMBER, CREATED_BY, CLIENT_ID, CLIENT_NAME, CLIENT_EMAIL, "
                + "CLIENT_ADDRESS, PROJECT_ID, PROJECT_NAME, STATUS, ISSUE_DATE, DUE_DATE, CURRENCY, TAX_RATE, "
                + "SUBTOTAL_MINOR, TAX_MINOR, TOTAL_MINOR, PAID_MINOR, NOTES, TERMS, CREATED_AT, UPDATED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?, ?)", i.number(), i.createdBy(),
                i.clientId(), i.clientName(), i.clientEmail(), i.clientAddress(), i.projectId(), i.projectName(),
                i.status(), i.issueDate(), i.dueDate(), i.currency(), i.taxRate(), i.notes(), i.terms(),
                now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS), now);
    }

    static Optional<Invoice> find(Connection c, long id) throws SQLException {
        return Sql.one(c, COLUMNS + "WHERE ID = ?", List.of(id), InvoiceRows::read);
    }

    /** Locks the invoice row until the transaction ends, so changes to one invoice take turns. */
    static Optional<Invoice> lock(Connection c, long id) throws SQLException {
        if (Sql.update(c, "UPDATE INVOICES SET UPDATED_AT = UPDATED_AT WHERE ID = ?", id) == 0) {
            return Optional.empty();
        }
        return find(c, id);
    }

    static List<Invoice> list(Connection c, InvoiceFilter f, long offset, int limit) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        params.add(limit);
        params.add(offset);
        return Sql.list(c, COLUMNS + where + " ORDER BY ID DESC LIMIT ? OFFSET ?", params, InvoiceRows::read);
    }

    static long count(Connection c, InvoiceFilter f) throws SQLException {
        List<Object> params = new ArrayList<>();
        return Sql.number(c, "SELECT COUNT(*) FROM INVOICES " + where(f, params), params);
    }

    private static String where(InvoiceFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder("WHERE 1 = 1");
        if (f.createdBy() != null) {
            sql.append(" AND CREATED_BY = ?");
            params.add(f.createdBy());
        }
        if (f.clientId() != null) {
            sql.append(" AND CLIENT_ID = ?");
            params.add(f.clientId());
        }
        if (f.projectId() != null) {
            sql.append(" AND PROJECT_ID = ?");
            params.add(f.projectId());
        }
        if (Statuses.OVERDUE.equals(f.status())) {
            sql.append(" AND (STATUS = 'overdue' OR (STATUS = 'sent' AND DUE_DATE < ?))");
            params.add(f.today());
        } else if (Statuses.SENT.equals(f.status())) {
            sql.append(" AND STATUS = 'sent' AND DUE_DATE >= ?");
            params.add(f.today());
        } else if (f.status() != null) {
            sql.append(" AND STATUS = ?");
            params.add(f.status());
        }
        return sql.toString();
    }

    /** Writes the invoice's editable fields, status and paid amount as {@code i} has them, and its totals from its lines. */
    static void update(Connection c, Invoice i, Instant now) throws SQLException {
        Sql.update(c, "UPDATE INVOICES SET CLIENT_NAME = ?, CLIENT_EMAIL = ?, CLIENT_ADDRESS = ?, STATUS = ?, "
                + "ISSUE_DATE = ?, DUE_DATE = ?, CURRENCY = ?, TAX_RATE = ?, PAID_MINOR = ?, NOTES = ?, TERMS = ?, "
                + "UPDATED_AT = ? WHERE ID = ?", i.clientName(), i.clientEmail(), i.clientAddress(), i.status(),
                i.issueDate(), i.dueDate(), i.currency(), i.taxRate(), i.paidMinor(), i.notes(), i.terms(), now, i.id());
        retotal(c, i.id());
    }

    /** Sets subtotal, tax and total from the lines and the tax rate. */
    static void retotal(Connection c, long invoiceId) throws SQLException {
        long subtotal = 0;
        for (Item item : items(c, invoiceId)) {
            subtotal = Math.addExact(subtotal, item.amountMinor());
        }
        Invoice i = find(c, invoiceId).orElseThrow();
        long tax = Money.tax(subtotal, i.taxRate());
        Sql.update(c, "UPDATE INVOICES SET SUBTOTAL_MINOR = ?, TAX_MINOR = ?, TOTAL_MINOR = ? WHERE ID = ?", subtotal,
                tax, Math.addExact(subtotal, tax), invoiceId);
    }

    static List<Item> items(Connection c, long invoiceId) throws SQLException {
        return Sql.list(c, "SELECT ID, INVOICE_ID, POSITION, DESCRIPTION, QUANTITY, UNIT_PRICE_MINOR, AMOUNT_MINOR, KIND, "
                + "TIME_ENTRY_IDS, CREATED_AT FROM INVOICE_ITEMS WHERE INVOICE_ID = ? ORDER BY POSITION, ID",
                List.of(invoiceId), rs -> new Item(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        Money.plain(rs.getBigDecimal(5)), rs.getLong(6), rs.getLong(7), rs.getString(8),
                        rs.getString(9), Sql.instant(rs, "CREATED_AT")));
    }

    /** Stores a line at {@code position} and answers its id. */
    static long insertItem(Connection c, long invoiceId, int position, Line line, Instant now) throws SQLException {
        return Sql.insert(c, "INSERT INTO INVOICE_ITEMS (INVOICE_ID, POSITION, DESCRIPTION, QUANTITY, UNIT_PRICE_MINOR, "
                + "AMOUNT_MINOR, KIND, TIME_ENTRY_IDS, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", invoiceId, position,
                line.description(), line.quantity(), line.unitPriceMinor(), line.amountMinor(), line.kind(),
                line.timeEntryIds(), now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }

    static void deleteItems(Connection c, long invoiceId) throws SQLException {
        Sql.update(c, "DELETE FROM INVOICE_ITEMS WHERE INVOICE_ID = ?", invoiceId);
    }

    private static Invoice read(ResultSet rs) throws SQLException {
        return new Invoice(rs.getLong("ID"), rs.getString("INVOICE_NUMBER"), rs.getLong("CREATED_BY"),
                rs.getLong("CLIENT_ID"), rs.getString("CLIENT_NAME"), rs.getString("CLIENT_EMAIL"),
                rs.getString("CLIENT_ADDRESS"), Sql.longOrNull(rs, "PROJECT_ID"), rs.getString("PROJECT_NAME"),
                rs.getString("STATUS"), Sql.date(rs, "ISSUE_DATE"), Sql.date(rs, "DUE_DATE"), rs.getString("CURRENCY"),
                Money.plain(rs.getBigDecimal("TAX_RATE")), rs.getLong("SUBTOTAL_MINOR"), rs.getLong("TAX_MINOR"),
                rs.getLong("TOTAL_MINOR"), rs.getLong("PAID_MINOR"), rs.getString("NOTES"), rs.getString("TERMS"),
                Sql.instant(rs, "CREATED_AT"), Sql.instant(rs, "UPDATED_AT"));
    }
}
