package io.stint.billing.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small JDBC helpers of the billing services; instants are stored as UTC local times. */
final class Sql {

    /** SQLState of a unique or primary key violation. */
    static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    static PreparedStatement bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            ps.setObject(i + 1, p instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : p);
        }
        return ps;
    }

    static <T> List<T> list(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rs.next()) {
                values.add(row.read(rs));
            }
            return values;
        }
    }

    static <T> Optional<T> one(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        List<T> rows = list(c, sql, params, row);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
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

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), Arrays.asList(params))) {
            return ps.executeUpdate();
        }
    }

    static long number(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), Arrays.asList(params)); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

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
        LocalDateTime stored = rs.getObject(column, LocalDateTime.class);
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** The key a name is unique by: "Dev" and "dev" are the same name. */
    static String key(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
