package io.stint.tracking.api;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stint's tasks. Deleting a task removes it; time entries that named it keep their time and no
 * longer name a task. Failures are Stint's API exceptions ({@code io.stint.rest.api.ApiException}):
 * 404 for an id that does not exist, 400 with field errors for invalid input.
 */
@ProviderType
public interface TaskService {

    /** Creates a task from {@code draft}, recording {@code createdBy} as its author. */
    Task create(long createdBy, TaskDraft draft);

    /** The task with {@code id}. */
    Optional<Task> find(long id);

    /** A page of the tasks {@code query} selects, oldest first. */
    List<Task> list(TaskQuery query, long offset, int limit);

    /** The number of tasks {@code query} selects. */
    long count(TaskQuery query);

    /**
     * Changes the task with {@code id} to what {@code change} makes of its current fields, in one
     * transaction.
     */
    Task update(long id, UnaryOperator<TaskDraft> change);

    /** Deletes the task with {@code id}. */
    void delete(long id);
}
