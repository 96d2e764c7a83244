package io.stint.activity.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;

import io.stint.activity.api.Classification;

/**
 * An assignment — profile, service, rule, confidence, and who made it — as a block's own columns
 * or a fact's hold it; {@link #NONE} is unassigned.
 */
record RuleAssignment(Long profileId, Long serviceId, Long ruleId, String confidence, String assignedBy) {

    static final String SET_COLUMNS = "PROFILE_ID = ?, SERVICE_ID = ?, RULE_ID = ?, CONFIDENCE = ?, ASSIGNED_BY = ?";

    static final RuleAssignment NONE = new RuleAssignment(null, null, null, "LOW", null);

    static RuleAssignment of(Classification c) {
        return new RuleAssignment(c.profileId(), c.serviceId(), c.ruleId(), c.confidence(), "RULE");
    }

    /** Binds {@link #SET_COLUMNS} from {@code index}; answers the next index. */
    int bind(PreparedStatement ps, int index) throws SQLException {
        nullable(ps, index, profileId);
        nullable(ps, index + 1, serviceId);
        nullable(ps, index + 2, ruleId);
        ps.setString(index + 3, Objects.requireNonNullElse(confidence, "LOW"));
        if (assignedBy == null) {
            ps.setNull(index + 4, Types.VARCHAR);
        } else {
            ps.setString(index + 4, assignedBy);
        }
        return index + 5;
    }

    /** Binds PROFILE_ID, SERVICE_ID, RULE_ID, CONFIDENCE of a fact from {@code index}. */
    void bindFact(PreparedStatement ps, int index) throws SQLException {
        nullable(ps, index, profileId);
        nullable(ps, index + 1, serviceId);
        nullable(ps, index + 2, ruleId);
        ps.setString(index + 3, Objects.requireNonNullElse(confidence, "LOW"));
    }

    private static void nullable(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
