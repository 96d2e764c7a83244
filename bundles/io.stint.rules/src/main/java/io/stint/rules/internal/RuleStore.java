package io.stint.rules.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import io.stint.rules.api.RuleDraft;

/** The SQL of the {@code RULES} table; times stored as UTC. */
final class RuleStore {

    private static final String COLUMNS = "ID, NAME, PRIORITY, MATCH_TYPE, MATCH_VALUE, TARGET_PROFILE_ID, "
            + "TARGET_SERVICE_ID, CONFIDENCE_BOOST, ENABLED, CREATED_AT, UPDATED_AT";

    private RuleStore() {
    }

    static List<Rule> all(Connection c) throws SQLException {
        List<Rule> rules = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM RULES ORDER BY PRIORITY DESC, ID");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rules.add(read(rs));
            }
        }
        return rules;
    }

    static Optional<Rule> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM RULES WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static long insert(Connection c, RuleDraft d) throws SQLException {
        Timestamp now = now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO RULES (NAME, PRIORITY, MATCH_TYPE, MATCH_VALUE, "
                + "TARGET_PROFILE_ID, TARGET_SERVICE_ID, CONFIDENCE_BOOST, ENABLED, CREATED_AT, UPDATED_AT) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            bind(ps, d);
            ps.setTimestamp(9, now);
            ps.setTimestamp(10, now);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static void update(Connection c, long id, RuleDraft d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE RULES SET NAME = ?, PRIORITY = ?, MATCH_TYPE = ?, "
                + "MATCH_VALUE = ?, TARGET_PROFILE_ID = ?, TARGET_SERVICE_ID = ?, CONFIDENCE_BOOST = ?, ENABLED = ?, "
                + "UPDATED_AT = ? WHERE ID = ?")) {
            bind(ps, d);
            ps.setTimestamp(9, now());
            ps.setLong(10, id);
            ps.executeUpdate();
        }
    }

    static boolean delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM RULES WHERE ID = ?")) {
            ps.setLong(1, id);
            return ps.executeUpdate() == 1;
        }
    }

    private static void bind(PreparedStatement ps, RuleDraft d) throws SQLException {
        ps.setString(1, d.name());
        ps.setInt(2, d.priority());
        ps.setString(3, d.matchType().name());
        ps.setString(4, d.matchValue());
        ps.setLong(5, d.targetProfileId());
        if (d.targetServiceId() == null) {
            ps.setNull(6, Types.BIGINT);
        } else {
            ps.setLong(6, d.targetServiceId());
        }
        ps.setInt(7, d.confidenceBoost());
        ps.setBoolean(8, d.enabled());
    }

    private static Rule read(ResultSet rs) throws SQLException {
        long service = rs.getLong(7);
        Long serviceId = rs.wasNull() ? null : service;
        return new Rule(rs.getLong(1), rs.getString(2), rs.getInt(3), MatchType.valueOf(rs.getString(4)),
                rs.getString(5), rs.getLong(6), serviceId, rs.getInt(8), rs.getBoolean(9), instant(rs.getTimestamp(10)),
                instant(rs.getTimestamp(11)));
    }

    private static Timestamp now() {
        return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.now().truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp t) {
        return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
