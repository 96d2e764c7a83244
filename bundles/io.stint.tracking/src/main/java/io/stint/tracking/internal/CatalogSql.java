package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small JDBC helpers shared by the catalog services (clients, projects, tasks, expenses). */
final class CatalogSql {

    /** SQLState of a unique or primary key violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private CatalogSql() {
    }

    /** Binds {@code params} in order; {@link Instant}s are stored as UTC local times. */
    static PreparedStatement bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            ps.setObject(i + 1, p instanceof Instant instant ? WireTimes.toDb(instant) : p);
        }
        return ps;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Every row of a query, in its order. */
    static <T> List<T> list(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rs.next()) {
                values.add(row.read(rs));
            }
            return values;
        }
    }

    /** The first row of a query, if there is one. */
    static <T> Optional<T> one(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
        }
    }

    /** Runs an INSERT and returns the generated id. */
    static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS), Arrays.asList(params))) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Runs an UPDATE or DELETE and returns the number of rows changed. */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), Arrays.asList(params))) {
            return ps.executeUpdate();
        }
    }

    /** The single number a query such as {@code SELECT COUNT(*)} answers. */
    static long number(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether a query answers at least one row. */
    static boolean exists(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), Arrays.asList(params)); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return WireTimes.fromDb(rs.getObject(column, LocalDateTime.class));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A LIKE pattern finding {@code text} anywhere, for a {@code LOWER(col) LIKE ? ESCAPE '\'} clause. */
    static String contains(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** Tags as stored: comma-separated, or null when there are none. */
    static String joinTags(List<String> tags) {
        return tags == null || tags.isEmpty() ? null : String.join(",", tags);
    }

    /** Tags from their stored form. */
    static List<String> splitTags(String stored) {
        List<String> tags = new ArrayList<>();
        if (stored != null) {
            for (String t : stored.split(",")) {
                if (!t.isBlank()) {
                    tags.add(t.strip());
                }
            }
        }
        return tags;
    }
}
