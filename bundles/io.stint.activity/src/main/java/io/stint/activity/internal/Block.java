package io.stint.activity.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.stint.activity.api.ActivityBlock;

/** A stored block: its segmentation and what people (or rules) made of it. */
record Block(long id, long userId, long startMs, long endMs, long activeMs, String app, String title, String domain,
        Long profileId, String confidence, String assignedBy, boolean billable, boolean locked, String notes,
        String description, Instant createdAt, Instant updatedAt, Long serviceId, Long ruleId, boolean manual) {

    static final String COLUMNS = "ID, USER_ID, START_MS, END_MS, ACTIVE_MS, PRIMARY_APP, PRIMARY_TITLE, PRIMARY_DOMAIN, "
            + "PROFILE_ID, CONFIDENCE, ASSIGNED_BY, BILLABLE, LOCKED, NOTES, DESCRIPTION, CREATED_AT, UPDATED_AT, "
            + "SERVICE_ID, RULE_ID, MANUAL";

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
