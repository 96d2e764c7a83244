package io.stint.tracking.api;

import java.time.Instant;

/**
 * A project: what time is tracked on.
 *
 * @param id the project's id
 * @param name the project's name
 * @param clientId the client it is done for, or null
 * @param clientName that client's name, or null
 * @param status {@link #ACTIVE}, {@link #ON_HOLD} or {@link #ARCHIVED}
 * @param billable whether its time is billable by default
 * @param rateMinor the hourly rate in minor units of {@code currency}, or null
 * @param budgetMinor the budget in minor units of {@code currency}, or null
 * @param currency the ISO-4217 currency of the rates of this installation
 * @param description free text, or null
 * @param code a short code, or null
 * @param estimatedSeconds the estimated effort in seconds, or null
 * @param archivedAt when it was archived, or null when it is not
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param trackedSeconds the duration of its finished time entries, in seconds
 */
public record Project(long id, String name, Long clientId, String clientName, String status, boolean billable,
        Long rateMinor, Long budgetMinor, String currency, String description, String code, Long estimatedSeconds,
        Instant archivedAt, Instant createdAt, Instant updatedAt, long trackedSeconds) {

    public static final String ACTIVE = "active";
    public static final String ON_HOLD = "on_hold";
    public static final String ARCHIVED = "archived";

    /** Whether the project is archived: archived projects take no new tasks. */
    public boolean archived() {
        return ARCHIVED.equals(status);
    }

    /** The project's editable fields as they are, to start a change from. */
    public ProjectDraft draft() {
        return new ProjectDraft(name, clientId, status, billable, rateMinor, budgetMinor, description, code,
                estimatedSeconds);
    }
}
