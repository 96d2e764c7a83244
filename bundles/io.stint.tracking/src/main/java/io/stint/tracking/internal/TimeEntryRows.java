package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import io.stint.tracking.api.TimeEntry;

/** Reading time entries with their project, client and task names: one joined row per entry. */
final class TimeEntryRows {

    static final String COLUMNS = "SELECT e.ID, e.USER_ID, e.PROJECT_ID, e.CLIENT_ID, e.TASK_ID, e.START_AT, e.END_AT, "
            + "e.DURATION_SECONDS, e.BREAK_SECONDS, e.PAUSED_AT, e.NOTES, e.TAGS, e.SOURCE, e.BILLABLE, e.PAID, "
            + "e.INVOICE_NUMBER, e.CREATED_AT, e.UPDATED_AT, p.NAME, c.NAME, t.NAME "
            + "FROM TRACKING_TIME_ENTRIES e "
            + "LEFT JOIN TRACKING_PROJECTS p ON p.ID = e.PROJECT_ID "
            + "LEFT JOIN TRACKING_CLIENTS c ON c.ID = e.CLIENT_ID "
            + "LEFT JOIN TRACKING_TASKS t ON t.ID = e.TASK_ID ";

    private TimeEntryRows() {
    }

    static Optional<TimeEntry> find(Connection c, long id) throws SQLException {
        return one(c, COLUMNS + "WHERE e.ID = ?", id);
    }

    /** The user's running timer: RUNNING_USER_ID is set exactly while it runs. */
    static Optional<TimeEntry> running(Connection c, long userId) throws SQLException {
        return one(c, COLUMNS + "WHERE e.RUNNING_USER_ID = ?", userId);
    }

    private static Optional<TimeEntry> one(Connection c, String sql, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static TimeEntry read(ResultSet rs) throws SQLException {
        return new TimeEntry(rs.getLong(1), rs.getLong(2), nullableLong(rs, 3), nullableLong(rs, 4),
                nullableLong(rs, 5), instant(rs, 6), instant(rs, 7), nullableLong(rs, 8), rs.getLong(9),
                instant(rs, 10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getBoolean(14),
                rs.getBoolean(15), rs.getString(16), instant(rs, 17), instant(rs, 18), rs.getString(19),
                rs.getString(20), rs.getString(21));
    }

    /** The columns of {@link #COLUMNS} without the joined names, for lists that name from {@link CatalogNames}. */
    static final String ENTRY_COLUMNS = "SELECT e.ID, e.USER_ID, e.PROJECT_ID, e.CLIENT_ID, e.TASK_ID, e.START_AT, e.END_AT, "
            + "e.DURATION_SECONDS, e.BREAK_SECONDS, e.PAUSED_AT, e.NOTES, e.TAGS, e.SOURCE, e.BILLABLE, e.PAID, "
            + "e.INVOICE_NUMBER, e.CREATED_AT, e.UPDATED_AT FROM TRACKING_TIME_ENTRIES e ";

    /** A row of {@link #ENTRY_COLUMNS}, named through {@code names}. */
    static TimeEntry read(ResultSet rs, Connection c, CatalogNames names) throws SQLException {
        Long project = nullableLong(rs, 3);
        Long client = nullableLong(rs, 4);
        Long task = nullableLong(rs, 5);
        return new TimeEntry(rs.getLong(1), rs.getLong(2), project, client, task, instant(rs, 6), instant(rs, 7),
                nullableLong(rs, 8), rs.getLong(9), instant(rs, 10), rs.getString(11), rs.getString(12),
                rs.getString(13), rs.getBoolean(14), rs.getBoolean(15), rs.getString(16), instant(rs, 17),
                instant(rs, 18), names.project(c, project), names.client(c, client), names.task(c, task));
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        return WireTimes.fromDb(rs.getObject(column, LocalDateTime.class));
    }

    static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, java.sql.Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    /**
     * Whether [start, end) overlaps another entry of the user. Entries of one user do not overlap
     * one another, so among those starting before {@code start} only the latest can reach into the
     * span: two index probes on (USER_ID, START_AT), however many entries the user has.
     */
    static boolean overlaps(Connection c, long userId, Instant start, Instant end, long exceptId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID FROM TRACKING_TIME_ENTRIES "
                + "WHERE USER_ID = ? AND START_AT >= ? AND START_AT < ? AND ID <> ? LIMIT 1")) {
            ps.setLong(1, userId);
            ps.setObject(2, WireTimes.toDb(start));
            ps.setObject(3, WireTimes.toDb(end));
            ps.setLong(4, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT END_AT FROM TRACKING_TIME_ENTRIES "
                + "WHERE USER_ID = ? AND START_AT < ? AND ID <> ? ORDER BY USER_ID DESC, START_AT DESC LIMIT 1")) {
            ps.setLong(1, userId);
            ps.setObject(2, WireTimes.toDb(start));
            ps.setLong(3, exceptId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                Instant previousEnd = instant(rs, 1);
                return previousEnd == null || previousEnd.isAfter(start);
            }
        }
    }
}
