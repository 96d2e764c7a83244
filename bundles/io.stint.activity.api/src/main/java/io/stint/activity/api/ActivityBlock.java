package io.stint.activity.api;

import java.time.Instant;

/**
 * A block of a user's time as the activity module keeps it.
 *
 * @param id the block's id
 * @param userId whose time it is
 * @param start its first active instant
 * @param end the end of its last active stretch
 * @param activeMillis the active time inside it (gaps not counted)
 * @param app the application with the most time, or null
 * @param title the window title with the most time, or null
 * @param domain the web domain with the most time, or null
 * @param profileId the billing profile it is assigned to, or null
 * @param serviceId a service that overrides the profile's (a rule's target service), or null
 * @param ruleId the rule that assigned it, or null
 * @param confidence HIGH, MEDIUM or LOW
 * @param assignedBy {@code USER} (a person; rules never change it again), {@code RULE}, or null
 * @param billable whether it is billed
 * @param locked a locked block is never changed by rules
 * @param manual added by a person for time the capture missed; segmentation leaves it alone
 * @param notes a person's notes, or null
 * @param description the invoice description, or null
 * @param createdAt when it was made
 * @param updatedAt when it last changed
 */
public record ActivityBlock(long id, long userId, Instant start, Instant end, long activeMillis, String app,
        String title, String domain, Long profileId, Long serviceId, Long ruleId, String confidence,
        String assignedBy, boolean billable, boolean locked, boolean manual, String notes, String description,
        Instant createdAt, Instant updatedAt) {

    /** Unassigned, or assigned with LOW confidence: a person should look at it. */
    public boolean needsReview() {
        return profileId == null || "LOW".equals(confidence);
    }
}
