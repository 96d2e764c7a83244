package io.stint.activity.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.stint.activity.api.ActivityBlock;

/** A stored block: its segmentation and what people (or rules) made of it. */
record Block(long id, long userId, long startMs, long endMs, long activeMs, String app, String title, String domain,
        Long profileId, String confidence, String assignedBy, boolean billable, boolean locked, String notes,
        String description, Instant createdAt, Instant updatedAt, Long serviceId, Long ruleId, boolean manual) {

    /**
     * A block's own assignment holds when a person made it ({@code ASSIGNED_BY = 'USER'}), when the
     * block is locked (locking freezes what it had) or when it has no activity fact (a manual block);
     * otherwise the block shows what the rules made of its fact, so a rule change rewrites facts, not
     * blocks.
     */
    static final String OWN = "(b.FACT_ID IS NULL OR b.LOCKED OR b.ASSIGNED_BY = 'USER')";

    static final String PROFILE = "CASE WHEN " + OWN + " THEN b.PROFILE_ID ELSE f.PROFILE_ID END";
    static final String CONFIDENCE = "CASE WHEN " + OWN + " THEN b.CONFIDENCE ELSE f.CONFIDENCE END";

    static final String COLUMNS = "b.ID, b.USER_ID, b.START_MS, b.END_MS, b.ACTIVE_MS, b.PRIMARY_APP, b.PRIMARY_TITLE, "
            + "b.PRIMARY_DOMAIN, " + PROFILE + ", " + CONFIDENCE + ", "
            + "CASE WHEN " + OWN + " THEN b.ASSIGNED_BY WHEN f.RULE_ID IS NOT NULL THEN 'RULE' END, "
            + "b.BILLABLE, b.LOCKED, b.NOTES, b.DESCRIPTION, b.CREATED_AT, b.UPDATED_AT, "
            + "CASE WHEN " + OWN + " THEN b.SERVICE_ID ELSE f.SERVICE_ID END, "
            + "CASE WHEN " + OWN + " THEN b.RULE_ID ELSE f.RULE_ID END, b.MANUAL";

    /** What {@link #COLUMNS} are selected from. */
    static final String FROM = " FROM ACTIVITY_BLOCKS b LEFT JOIN ACTIVITY_FACTS f ON f.ID = b.FACT_ID";

    /** The block as other modules see it. */
    ActivityBlock view() {
        return new ActivityBlock(id, userId, Instant.ofEpochMilli(startMs), Instant.ofEpochMilli(endMs), activeMs, app,
                title, domain, profileId, serviceId, ruleId, confidence, assignedBy, billable, locked, manual, notes,
                description, createdAt, updatedAt);
    }

    /** Unassigned, or assigned with LOW confidence: a person should look at it. */
    boolean needsReview() {
        return profileId == null || "LOW".equals(confidence);
    }

    /** The fields a person edits, as the audit log records them before and after a change. */
    Map<String, Object> editable() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("profile_id", profileId);
        state.put("service_id", serviceId);
        state.put("rule_id", ruleId);
        state.put("confidence", confidence);
        state.put("assigned_by", assignedBy);
        state.put("billable", billable);
        state.put("locked", locked);
        state.put("notes", notes);
        state.put("description", description);
        return state;
    }
}
