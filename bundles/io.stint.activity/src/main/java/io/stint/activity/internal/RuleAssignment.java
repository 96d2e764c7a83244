package io.stint.activity.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Objects;
import java.util.Optional;

import io.stint.activity.api.BlockClassifier;
import io.stint.activity.api.BlockFacts;
import io.stint.activity.api.Classification;

/**
 * A block's assignment as rules see it, and what a classifier makes of it: a locked block or one a
 * person assigned is never changed; a rule's match assigns; no match takes back what a rule gave.
 */
record RuleAssignment(Long profileId, Long serviceId, Long ruleId, String confidence, String assignedBy) {

    static final String SET_COLUMNS = "PROFILE_ID = ?, SERVICE_ID = ?, RULE_ID = ?, CONFIDENCE = ?, ASSIGNED_BY = ?";

    static final RuleAssignment NONE = new RuleAssignment(null, null, null, "LOW", null);

    /** Whether rules may change a block that is {@code locked} and was assigned by {@code assignedBy}. */
    static boolean rulesMayChange(boolean locked, String assignedBy) {
        return !locked && !"USER".equals(assignedBy);
    }

    static RuleAssignment of(Classification c) {
        return new RuleAssignment(c.profileId(), c.serviceId(), c.ruleId(), c.confidence(), "RULE");
    }

    /**
     * What {@code classifier} assigns a block showing {@code facts} that now has this assignment;
     * empty when nothing changes (no classifier, or the same answer as before).
     */
    Optional<RuleAssignment> next(BlockClassifier classifier, long userId, BlockFacts facts) {
        if (classifier == null) {
            return Optional.empty();
        }
        Optional<Classification> found = classifier.classify(userId, facts);
        RuleAssignment next = found.map(RuleAssignment::of).orElse(NONE);
        return next.equals(this) ? Optional.empty() : Optional.of(next);
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

    private static void nullable(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }
}
