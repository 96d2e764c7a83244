package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryPage;
import io.stint.tracking.api.TimeEntryQuery;

/**
 * A page of entries in two statements: the joined page and a count over the entries table alone.
 * The SQL text depends only on which filters are present, so the database reuses compiled statements.
 */
final class TimeEntryListing {

    private TimeEntryListing() {
    }

    static TimeEntryPage page(Connection c, TimeEntryQuery q, CatalogNames names, TimeEntryCounts counts)
            throws SQLException {
        String where = where(q);
        List<TimeEntry> entries = entries(c, q, names);
        long total;
        if (q.offset() == 0 && entries.size() < q.limit()) {
            total = entries.size();
        } else {
            String sql = "SELECT COUNT(*) FROM TRACKING_TIME_ENTRIES e " + where;
            total = counts.total(sql, parameters(q), () -> count(c, sql, q));
        }
        return new TimeEntryPage(entries, total);
    }

    /** The page's entries alone. */
    static List<TimeEntry> entries(Connection c, TimeEntryQuery q, CatalogNames names) throws SQLException {
        String where = where(q);
        List<TimeEntry> entries = new ArrayList<>(q.limit());
        try (PreparedStatement ps = c.prepareStatement(
                TimeEntryRows.ENTRY_COLUMNS + where + order(q) + " LIMIT ? OFFSET ?")) {
            int i = bind(ps, q);
            ps.setInt(i++, q.limit());
            ps.setLong(i, q.offset());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(TimeEntryRows.read(rs, c, names));
                }
            }
        }
        return entries;
    }

    /**
     * Newest first. With a user filter the order names USER_ID too: HSQLDB then walks the
     * (USER_ID, START_AT) index backwards and stops after the page instead of sorting the whole range.
     */
    private static String order(TimeEntryQuery q) {
        return q.userId() != null ? " ORDER BY e.USER_ID DESC, e.START_AT DESC" : " ORDER BY e.START_AT DESC";
    }

    private static String where(TimeEntryQuery q) {
        StringBuilder sql = new StringBuilder("WHERE 1 = 1");
        if (q.userId() != null) {
            sql.append(" AND e.USER_ID = ?");
        }
        if (q.from() != null) {
            sql.append(" AND e.START_AT >= ?");
        }
        if (q.until() != null) {
            sql.append(" AND e.START_AT < ?");
        }
        if (q.projectId() != null) {
            sql.append(" AND e.PROJECT_ID = ?");
        }
        if (q.billable() != null) {
            sql.append(" AND e.BILLABLE = ?");
        }
        if (!q.includeActive()) {
            sql.append(" AND e.END_AT IS NOT NULL");
        }
        return sql.toString();
    }

    private static long count(Connection c, String sql, TimeEntryQuery q) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, q);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new io.stint.store.api.StoreException("Counting time entries failed", e);
        }
    }

    /** The filter values, in {@link #where} order. */
    private static List<Object> parameters(TimeEntryQuery q) {
        List<Object> values = new ArrayList<>();
        values.add(q.userId());
        values.add(q.from());
        values.add(q.until());
        values.add(q.projectId());
        values.add(q.billable());
        values.add(q.includeActive());
        return values;
    }

    /** Binds the filters in {@link #where} order; returns the next parameter index. */
    private static int bind(PreparedStatement ps, TimeEntryQuery q) throws SQLException {
        int i = 1;
        if (q.userId() != null) {
            ps.setLong(i++, q.userId());
        }
        if (q.from() != null) {
            ps.setObject(i++, WireTimes.toDb(q.from()));
        }
        if (q.until() != null) {
            ps.setObject(i++, WireTimes.toDb(q.until()));
        }
        if (q.projectId() != null) {
            ps.setLong(i++, q.projectId());
        }
        if (q.billable() != null) {
            ps.setBoolean(i++, q.billable());
        }
        return i;
    }
}
