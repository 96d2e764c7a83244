package io.stint.tracking.api;

/**
 * Which tasks a list holds.
 *
 * @param projectId the project every listed task belongs to, or null for any
 * @param status the status every listed task has, or null for any
 * @param assignedTo the user every listed task is assigned to, or null for any
 */
public record TaskQuery(Long projectId, String status, Long assignedTo) {

    /** Every task. */
    public static TaskQuery all() {
        return new TaskQuery(null, null, null);
    }
}
