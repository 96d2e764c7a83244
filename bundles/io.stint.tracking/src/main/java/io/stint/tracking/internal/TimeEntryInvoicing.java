package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;

/** What the invoicing module asks of time entries: the unbilled ones, and their invoice marks. */
final class TimeEntryInvoicing {

    /** Longest invoice number a mark holds (the column's width). */
    static final int MAX_NUMBER = 50;

    private TimeEntryInvoicing() {
    }

    static List<TimeEntry> unbilled(Connection c, TimeAccess actor, Long clientId, Long projectId, Instant from,
            Instant until, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder(TimeEntryRows.COLUMNS)
                .append("WHERE e.END_AT IS NOT NULL AND e.BILLABLE AND e.INVOICE_NUMBER IS NULL");
        List<Object> values = new ArrayList<>();
        if (!actor.admin()) {
            sql.append(" AND e.USER_ID = ?");
            values.add(actor.userId());
        }
        if (clientId != null) {
            // an entry names its client directly, or through its project
            sql.append(" AND COALESCE(p.CLIENT_ID, e.CLIENT_ID) = ?");
            values.add(clientId);
        }
        if (projectId != null) {
            sql.append(" AND e.PROJECT_ID = ?");
            values.add(projectId);
        }
        if (from != null) {
            sql.append(" AND e.START_AT >= ?");
            values.add(WireTimes.toDb(from));
        }
        if (until != null) {
            sql.append(" AND e.START_AT < ?");
            values.add(WireTimes.toDb(until));
        }
        sql.append(" ORDER BY e.START_AT, e.ID LIMIT ?");
        values.add(Math.max(0, limit));
        List<TimeEntry> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(i + 1, values.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(TimeEntryRows.read(rs));
                }
            }
        }
        return entries;
    }

    /** Sets (or with null clears) the invoice number of the entries; answers how many changed. */
    static int mark(Connection c, List<Long> ids, String invoiceNumber, Instant now) throws SQLException {
        if (invoiceNumber != null && (invoiceNumber.isBlank() || invoiceNumber.length() > MAX_NUMBER)) {
            throw new IllegalArgumentException("An invoice number has 1 to " + MAX_NUMBER + " characters");
        }
        int changed = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE TRACKING_TIME_ENTRIES SET INVOICE_NUMBER = ?, UPDATED_AT = ? WHERE ID = ?")) {
            for (Long id : ids) {
                if (invoiceNumber == null) {
                    ps.setNull(1, Types.VARCHAR);
                } else {
                    ps.setString(1, invoiceNumber);
                }
                ps.setObject(2, WireTimes.toDb(now));
                ps.setLong(3, id);
                changed += ps.executeUpdate();
            }
        }
        return changed;
    }
}
