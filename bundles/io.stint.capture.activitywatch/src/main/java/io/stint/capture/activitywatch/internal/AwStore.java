package io.stint.capture.activitywatch.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The SQL of buckets and events; every method runs on the caller's transaction. */
final class AwStore {

    private static final String BUCKET_COLUMNS =
            "ID, USER_ID, BUCKET_ID, NAME, TYPE, CLIENT, HOSTNAME, CREATED, DATA, LAST_UPDATED";
    private static final String EVENT_COLUMNS = "ID, START_MICROS, END_MICROS, TS, DURATION, DATA";
    /** ActivityWatch's order: newest start first. */
    private static final String NEWEST_FIRST = " ORDER BY START_MICROS DESC, END_MICROS ASC, ID ASC";

    private AwStore() {
    }

    static Optional<AwBucket> bucket(Connection c, long userId, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + BUCKET_COLUMNS
                + " FROM AW_BUCKETS WHERE USER_ID = ? AND BUCKET_ID = ?")) {
            ps.setLong(1, userId);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(bucket(rs)) : Optional.empty();
            }
        }
    }

    static List<AwBucket> buckets(Connection c, long userId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + BUCKET_COLUMNS
                + " FROM AW_BUCKETS WHERE USER_ID = ? ORDER BY BUCKET_ID")) {
            ps.setLong(1, userId);
            List<AwBucket> buckets = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    buckets.add(bucket(rs));
                }
            }
            return buckets;
        }
    }

    static AwBucket insertBucket(Connection c, long userId, AwJson.NewBucket b, String created) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO AW_BUCKETS (USER_ID, BUCKET_ID, NAME, TYPE, CLIENT,"
                + " HOSTNAME, CREATED, DATA) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, userId);
            ps.setString(2, b.id());
            ps.setString(3, b.name());
            ps.setString(4, b.type());
            ps.setString(5, b.client());
            ps.setString(6, b.hostname());
            ps.setString(7, created);
            ps.setString(8, AwJson.write(b.data()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return new AwBucket(keys.getLong(1), userId, b.id(), b.name(), b.type(), b.client(), b.hostname(),
                        created, b.data(), null);
            }
        }
    }

    static void deleteBucket(Connection c, long row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM AW_BUCKETS WHERE ID = ?")) {
            ps.setLong(1, row);
            ps.executeUpdate();
        }
    }

    static void touch(Connection c, Collection<Long> rows, String lastUpdated) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE AW_BUCKETS SET LAST_UPDATED = ? WHERE ID = ?")) {
            for (long row : rows) {
                ps.setString(1, lastUpdated);
                ps.setLong(2, row);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The event a heartbeat merges into: the first in ActivityWatch's order. */
    static AwEvent lastEvent(Connection c, long row) throws SQLException {
        List<AwEvent> events = events(c, row, null, null, 1);
        return events.isEmpty() ? null : events.get(0);
    }

    /**
     * Events overlapping {@code [start, end]} (either open), newest first, at most {@code limit}
     * (negative: all). Like ActivityWatch, events reaching past the range are clipped to it.
     */
    static List<AwEvent> events(Connection c, long row, Instant start, Instant end, int limit) throws SQLException {
        long from = start == null ? Long.MIN_VALUE : AwTimes.micros(start);
        long to = end == null ? Long.MAX_VALUE : AwTimes.micros(end);
        String sql = "SELECT " + EVENT_COLUMNS + " FROM AW_EVENTS WHERE BUCKET = ? AND END_MICROS >= ? AND START_MICROS <= ?"
                + NEWEST_FIRST + (limit >= 0 ? " LIMIT ?" : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, row);
            ps.setLong(2, from);
            ps.setLong(3, to);
            if (limit >= 0) {
                ps.setInt(4, limit);
            }
            List<AwEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(clip(event(rs), rs.getLong(2), rs.getLong(3), from, to));
                }
            }
            return events;
        }
    }

    /** Events overlapping {@code [start, end)}, unclipped, oldest first: what a query reads. */
    static List<AwEvent> eventsAscending(Connection c, long row, Instant start, Instant end) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM AW_EVENTS WHERE BUCKET = ?"
                + " AND END_MICROS >= ? AND START_MICROS < ? ORDER BY START_MICROS, ID")) {
            ps.setLong(1, row);
            ps.setLong(2, start == null ? Long.MIN_VALUE : AwTimes.micros(start));
            ps.setLong(3, end == null ? Long.MAX_VALUE : AwTimes.micros(end));
            List<AwEvent> events = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    events.add(event(rs));
                }
            }
            return events;
        }
    }

    static long count(Connection c, long row, Instant start, Instant end) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*) FROM AW_EVENTS WHERE BUCKET = ? AND END_MICROS >= ? AND START_MICROS <= ?")) {
            ps.setLong(1, row);
            ps.setLong(2, start == null ? Long.MIN_VALUE : AwTimes.micros(start));
            ps.setLong(3, end == null ? Long.MAX_VALUE : AwTimes.micros(end));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static Optional<AwEvent> event(Connection c, long row, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + EVENT_COLUMNS
                + " FROM AW_EVENTS WHERE BUCKET = ? AND ID = ?")) {
            ps.setLong(1, row);
            ps.setLong(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(event(rs)) : Optional.empty();
            }
        }
    }

    static void deleteEvent(Connection c, long row, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM AW_EVENTS WHERE BUCKET = ? AND ID = ?")) {
            ps.setLong(1, row);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    static long maxEventId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(ID), 0) FROM AW_EVENTS")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A row's bucket and its event, as written. */
    record Row(long bucket, AwEvent event) {
    }

    /** Inserts new events in one JDBC batch. */
    static void insert(Connection c, Collection<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO AW_EVENTS (ID, BUCKET, START_MICROS, END_MICROS, TS,"
                + " DURATION, DATA) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (Row r : rows) {
                AwEvent e = r.event();
                ps.setLong(1, e.id());
                ps.setLong(2, r.bucket());
                ps.setLong(3, AwTimes.micros(e.start()));
                ps.setLong(4, endMicros(e));
                ps.setString(5, e.timestamp());
                ps.setDouble(6, e.duration());
                ps.setString(7, AwJson.write(e.data()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Rewrites stored events (a grown heartbeat, a replaced event) in one JDBC batch; each must exist. */
    static void update(Connection c, Collection<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE AW_EVENTS SET START_MICROS = ?, END_MICROS = ?, TS = ?,"
                + " DURATION = ?, DATA = ? WHERE ID = ? AND BUCKET = ?")) {
            for (Row r : rows) {
                AwEvent e = r.event();
                ps.setLong(1, AwTimes.micros(e.start()));
                ps.setLong(2, endMicros(e));
                ps.setString(3, e.timestamp());
                ps.setDouble(4, e.duration());
                ps.setString(5, AwJson.write(e.data()));
                ps.setLong(6, e.id());
                ps.setLong(7, r.bucket());
                ps.addBatch();
            }
            for (int n : ps.executeBatch()) {
                if (n == 0) {
                    throw new SQLException("An event to update is not stored");
                }
            }
        }
    }

    static long endMicros(AwEvent e) {
        return AwTimes.micros(e.start()) + Math.round(e.duration() * 1e6);
    }

    private static AwEvent event(ResultSet rs) throws SQLException {
        long start = rs.getLong(2);
        return new AwEvent(rs.getLong(1), rs.getString(4), AwTimes.ofMicros(start), rs.getDouble(5),
                AwJson.readObject(rs.getString(6)));
    }

    private static AwEvent clip(AwEvent e, long start, long end, long from, long to) {
        if (start >= from && end <= to) {
            return e;
        }
        long s = Math.max(start, from);
        long t = Math.min(end, to);
        Instant clipped = AwTimes.ofMicros(s);
        String ts = s == start ? e.timestamp() : AwTimes.format(clipped);
        return new AwEvent(e.id(), ts, clipped, Math.max(0, t - s) / 1e6, e.data());
    }

    private static AwBucket bucket(ResultSet rs) throws SQLException {
        return new AwBucket(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), AwJson.readObject(rs.getString(9)), rs.getString(10));
    }
}
