package io.stint.tracking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A task within a project.
 *
 * @param id the task's id
 * @param projectId the project it belongs to
 * @param name the task's name
 * @param description free text, or null
 * @param status {@code todo}, {@code in_progress}, {@code review}, {@code done} or {@code cancelled}
 * @param priority {@code low}, {@code medium}, {@code high} or {@code urgent}
 * @param dueDate the day it is due, or null
 * @param estimatedSeconds the estimated effort in seconds, or null
 * @param tags its tags, possibly empty
 * @param assignedTo the id of the user it is assigned to, or null
 * @param createdBy the id of the user who created it
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 * @param trackedSeconds the duration of its finished time entries, in seconds
 */
public record Task(long id, long projectId, String name, String description, String status, String priority,
        LocalDate dueDate, Long estimatedSeconds, List<String> tags, Long assignedTo, long createdBy,
        Instant createdAt, Instant updatedAt, long trackedSeconds) {

    /** The statuses a task may have, in workflow order. */
    public static final List<String> STATUSES = List.of("todo", "in_progress", "review", "done", "cancelled");

    /** The priorities a task may have, lowest first. */
    public static final List<String> PRIORITIES = List.of("low", "medium", "high", "urgent");

    public Task {
        tags = List.copyOf(tags);
    }

    /** The task's editable fields as they are, to start a change from. */
    public TaskDraft draft() {
        return new TaskDraft(projectId, name, description, status, priority, dueDate, estimatedSeconds, tags,
                assignedTo);
    }
}
