package io.stint.tracking.api;

/**
 * The editable fields of a project, to create one or as the result of a change.
 *
 * @param name required
 * @param clientId an existing client, which must be active when it is newly set, or null
 * @param status {@link Project#ACTIVE}, {@link Project#ON_HOLD} or {@link Project#ARCHIVED}; null
 *        means active
 * @param billable whether its time is billable by default
 * @param rateMinor the hourly rate in minor units, not negative, or null
 * @param budgetMinor the budget in minor units, not negative, or null
 * @param description free text, or null
 * @param code a short code, or null
 * @param estimatedSeconds the estimated effort in seconds, not negative, or null
 */
public record ProjectDraft(String name, Long clientId, String status, boolean billable, Long rateMinor,
        Long budgetMinor, String description, String code, Long estimatedSeconds) {

    /** A new active, billable project with only a name and a client (or null). */
    public static ProjectDraft of(String name, Long clientId) {
        return new ProjectDraft(name, clientId, null, true, null, null, null, null, null);
    }
}
