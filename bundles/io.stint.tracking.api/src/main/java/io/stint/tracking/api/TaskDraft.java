package io.stint.tracking.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable fields of a task, to create one or as the result of a change.
 *
 * @param projectId required: an existing project, which must not be archived when newly set
 * @param name required
 * @param description free text, or null
 * @param status one of {@link Task#STATUSES}; null means {@code todo}
 * @param priority one of {@link Task#PRIORITIES}; null means {@code medium}
 * @param dueDate the day it is due, or null
 * @param estimatedSeconds the estimated effort in seconds, not negative, or null
 * @param tags its tags, or null for none
 * @param assignedTo the id of the user it is assigned to, or null
 */
public record TaskDraft(Long projectId, String name, String description, String status, String priority,
        LocalDate dueDate, Long estimatedSeconds, List<String> tags, Long assignedTo) {

    /** A new task with only a project and a name. */
    public static TaskDraft of(Long projectId, String name) {
        return new TaskDraft(projectId, name, null, null, null, null, null, null, null);
    }
}
