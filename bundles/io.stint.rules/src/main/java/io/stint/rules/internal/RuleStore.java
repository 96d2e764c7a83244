package io.stint.rules.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import io.stint.rules.api.RuleDraft;
import io.stint.store.api.Sql;

/** The SQL of the {@code RULES} table. */
final class RuleStore {

    private static final String COLUMNS = "ID, NAME, PRIORITY, MATCH_TYPE, MATCH_VALUE, TARGET_PROFILE_ID, "
            + "TARGET_SERVICE_ID, CONFIDENCE_BOOST, ENABLED, CREATED_AT, UPDATED_AT";

    private RuleStore() {
    }

    /** Every rule, by priority (highest first) then id. */
    static List<Rule> all(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + COLUMNS + " FROM RULES ORDER BY PRIORITY DESC, ID", List.of(), RuleStore::read);
    }

    static Optional<Rule> find(Connection c, long id) throws SQLException {
        return Sql.one(c, "SELECT " + COLUMNS + " FROM RULES WHERE ID = ?", List.of(id), RuleStore::read);
    }

    static long insert(Connection c, RuleDraft d) throws SQLException {
        Instant now = now();
        return Sql.insert(c, "INSERT INTO RULES (NAME, PRIORITY, MATCH_TYPE, MATCH_VALUE, TARGET_PROFILE_ID, "
                + "TARGET_SERVICE_ID, CONFIDENCE_BOOST, ENABLED, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                d.name(), d.priority(), d.matchType().name(), d.matchValue(), d.targetProfileId(), d.targetServiceId(),
                d.confidenceBoost(), d.enabled(), now, now);
    }

    static void update(Connection c, long id, RuleDraft d) throws SQLException {
        Sql.update(c, "UPDATE RULES SET NAME = ?, PRIORITY = ?, MATCH_TYPE = ?, MATCH_VALUE = ?, TARGET_PROFILE_ID = ?, "
                + "TARGET_SERVICE_ID = ?, CONFIDENCE_BOOST = ?, ENABLED = ?, UPDATED_AT = ? WHERE ID = ?",
                d.name(), d.priority(), d.matchType().name(), d.matchValue(), d.targetProfileId(), d.targetServiceId(),
                d.confidenceBoost(), d.enabled(), now(), id);
    }

    static boolean delete(Connection c, long id) throws SQLException {
        return Sql.update(c, "DELETE FROM RULES WHERE ID = ?", id) == 1;
    }

    private static Rule read(ResultSet rs) throws SQLException {
        return new Rule(rs.getLong("ID"), rs.getString("NAME"), rs.getInt("PRIORITY"),
                MatchType.valueOf(rs.getString("MATCH_TYPE")), rs.getString("MATCH_VALUE"), rs.getLong("TARGET_PROFILE_ID"),
                Sql.longOrNull(rs, "TARGET_SERVICE_ID"), rs.getInt("CONFIDENCE_BOOST"), rs.getBoolean("ENABLED"),
                Sql.instant(rs, "CREATED_AT"), Sql.instant(rs, "UPDATED_AT"));
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
