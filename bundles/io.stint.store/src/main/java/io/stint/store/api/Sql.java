package io.stint.store.api;

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
import java.util.Optional;

/**
 * Small JDBC helpers for a module's services, used inside {@link Transactions#call}. Parameters
 * are bound in order; an {@link Instant} is stored as its UTC local date and time, as every Stint
 * table keeps times.
 */
public final class Sql {

    /** SQLState of a unique or primary key violation. */
    public static final String UNIQUE_VIOLATION = "23505";

    private Sql() {
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Binds {@code params} in order. */
    public static PreparedStatement bind(PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            ps.setObject(i + 1, p instanceof Instant instant ? LocalDateTime.ofInstant(instant, ZoneOffset.UTC) : p);
        }
        return ps;
    }

    /** Every row of a query, in its order. */
    public static <T> List<T> list(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            List<T> values = new ArrayList<>();
            while (rs.next()) {
                values.add(row.read(rs));
            }
            return values;
        }
    }

    /** The first row of a query, if there is one. */
    public static <T> Optional<T> one(Connection c, String sql, List<?> params, Row<T> row) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(row.read(rs)) : Optional.empty();
        }
    }

    /** Runs an INSERT and returns the generated id. */
    public static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS), Arrays.asList(params))) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Runs an UPDATE or DELETE and returns the number of rows changed. */
    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), Arrays.asList(params))) {
            return ps.executeUpdate();
        }
    }

    /** The single number a query such as {@code SELECT COUNT(*)} answers. */
    public static long number(Connection c, String sql, List<?> params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), params); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Whether a query answers at least one row. */
    public static boolean exists(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = bind(c.prepareStatement(sql), Arrays.asList(params)); ResultSet rs = ps.executeQuery()) {
            return rs.next();
        }
    }

    /** A nullable BIGINT column. */
    public static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A time stored as its UTC local date and time, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime stored = rs.getObject(column, LocalDateTime.class);
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }

    /** A DATE column, or null. */
    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
