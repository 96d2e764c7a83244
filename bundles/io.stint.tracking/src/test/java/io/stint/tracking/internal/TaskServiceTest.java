package io.stint.tracking.internal;

import static io.stint.tracking.internal.CatalogFixture.assertFieldErrors;
import static io.stint.tracking.internal.CatalogFixture.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectDraft;
import io.stint.tracking.api.Task;
import io.stint.tracking.api.TaskDraft;
import io.stint.tracking.api.TaskQuery;
import io.stint.store.api.Sql;

/** Tasks against a real HSQLDB carrying the module's migrations. */
class TaskServiceTest {

    private final CatalogFixture f = new CatalogFixture();
    private final Project website = f.projects.create(ProjectDraft.of("Website", null));

    @Test
    void aCreatedTaskHasDefaultsAndItsAuthor() {
        Task t = f.tasks.create(3, TaskDraft.of(website.id(), "Design"));
        Task read = f.tasks.find(t.id()).orElseThrow();
        assertEquals("todo", read.status());
        assertEquals("medium", read.priority());
        assertEquals(3, read.createdBy());
        assertEquals(List.of(), read.tags());
        assertEquals(website.id(), read.projectId());
    }

    @Test
    void allFieldsRoundTrip() {
        Task t = f.tasks.create(1, new TaskDraft(website.id(), "Build", "Pages", "in_progress", "urgent",
                LocalDate.of(2026, 2, 1), 7200L, List.of("web", " front "), 5L));
        assertEquals(LocalDate.of(2026, 2, 1), t.dueDate());
        assertEquals(List.of("web", "front"), t.tags());
        assertEquals(5L, t.assignedTo());
        assertEquals("urgent", t.priority());
    }

    @Test
    void aTaskNeedsANameAndAProject() {
        assertFieldErrors(() -> f.tasks.create(1, TaskDraft.of(null, "")), "name", "project_id");
        assertEquals(0, f.tasks.count(TaskQuery.all()));
    }

    @Test
    void aTaskForAProjectThatDoesNotExistIsAFieldError() {
        assertFieldErrors(() -> f.tasks.create(1, TaskDraft.of(99L, "Design")), "project_id");
    }

    @Test
    void anArchivedProjectTakesNoNewTasks() {
        f.projects.archive(website.id());
        assertFieldErrors(() -> f.tasks.create(1, TaskDraft.of(website.id(), "Design")), "project_id");
    }

    @Test
    void aTaskCannotMoveIntoAnArchivedProject() {
        Task t = f.tasks.create(1, TaskDraft.of(website.id(), "Design"));
        Project old = f.projects.archive(f.projects.create(ProjectDraft.of("Old", null)).id());
        assertFieldErrors(() -> f.tasks.update(t.id(), d -> TaskDraft.of(old.id(), d.name())), "project_id");
    }

    @Test
    void anUnknownStatusOrPriorityIsAFieldError() {
        assertFieldErrors(() -> f.tasks.create(1, new TaskDraft(website.id(), "X", null, "started", "critical", null,
                null, null, null)), "status", "priority");
    }

    @Test
    void anUpdateChangesOnlyWhatTheChangeTouches() {
        Task t = f.tasks.create(1, new TaskDraft(website.id(), "Build", "Pages", null, "high", null, null, List.of("a"), null));
        Task done = f.tasks.update(t.id(), d -> new TaskDraft(d.projectId(), d.name(), d.description(), "done",
                d.priority(), d.dueDate(), d.estimatedSeconds(), d.tags(), d.assignedTo()));
        assertEquals("done", done.status());
        assertEquals("high", done.priority());
        assertEquals(List.of("a"), done.tags());
    }

    @Test
    void deletingATaskKeepsItsTimeEntriesWithoutATask() {
        Task t = f.tasks.create(1, TaskDraft.of(website.id(), "Design"));
        f.trackedTime(website.id(), t.id(), 3600);
        assertEquals(3600, f.tasks.find(t.id()).orElseThrow().trackedSeconds());
        f.tasks.delete(t.id());
        assertTrue(f.tasks.find(t.id()).isEmpty());
        assertEquals(3600, f.projects.find(website.id()).orElseThrow().trackedSeconds());
        long withoutTask = f.db.transactions().call(c -> Sql.number(c,
                "SELECT COUNT(*) FROM TRACKING_TIME_ENTRIES WHERE TASK_ID IS NULL", List.of()));
        assertEquals(1, withoutTask);
    }

    @Test
    void deletingOrUpdatingAMissingTaskIsNotFound() {
        assertNotFound(() -> f.tasks.delete(12));
        assertNotFound(() -> f.tasks.update(12, d -> d));
    }

    @Test
    void listsFilterByProjectStatusAndAssigneeAndPage() {
        Project app = f.projects.create(ProjectDraft.of("App", null));
        f.tasks.create(1, new TaskDraft(website.id(), "W1", null, "done", null, null, null, null, 5L));
        f.tasks.create(1, new TaskDraft(website.id(), "W2", null, null, null, null, null, null, 6L));
        f.tasks.create(1, new TaskDraft(website.id(), "W3", null, null, null, null, null, null, 5L));
        f.tasks.create(1, new TaskDraft(app.id(), "A1", null, null, null, null, null, null, 5L));

        assertEquals(List.of("W1", "W2", "W3"), names(f.tasks.list(new TaskQuery(website.id(), null, null), 0, 50)));
        assertEquals(List.of("W2", "W3"), names(f.tasks.list(new TaskQuery(website.id(), "todo", null), 0, 50)));
        assertEquals(List.of("W3", "A1"), names(f.tasks.list(new TaskQuery(null, "todo", 5L), 0, 50)));
        assertEquals(List.of("W3"), names(f.tasks.list(TaskQuery.all(), 2, 1)));
        assertEquals(3, f.tasks.count(new TaskQuery(null, null, 5L)));
    }

    private static List<String> names(List<Task> tasks) {
        return tasks.stream().map(Task::name).toList();
    }
}
