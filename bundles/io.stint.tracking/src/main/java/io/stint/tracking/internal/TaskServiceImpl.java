package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.store.api.Transactions;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.Task;
import io.stint.tracking.api.TaskDraft;
import io.stint.tracking.api.TaskQuery;
import io.stint.tracking.api.TaskService;
import io.stint.store.api.Sql;

/** Tasks in TRACKING_TASKS; deleting one leaves its time entries without a task (ON DELETE SET NULL). */
@Component(service = TaskService.class)
public final class TaskServiceImpl implements TaskService {

    static final int MAX_TAGS = 500;

    private static final String SELECT = "SELECT T.*, "
            + "(SELECT COALESCE(SUM(E.DURATION_SECONDS), 0) FROM TRACKING_TIME_ENTRIES E "
            + "WHERE E.TASK_ID = T.ID AND E.END_AT IS NOT NULL) AS TRACKED_SECONDS FROM TRACKING_TASKS T";

    private final Transactions tx;
    private final CatalogNames names;

    @Activate
    public TaskServiceImpl(@Reference Transactions tx, @Reference CatalogNames names) {
        this.tx = tx;
        this.names = names;
    }

    @Override
    public Task create(long createdBy, TaskDraft draft) {
        TaskDraft d = normalise(draft);
        return tx.call(c -> {
            check(c, d, null);
            Instant now = Instant.now();
            long id = Sql.insert(c, "INSERT INTO TRACKING_TASKS (PROJECT_ID, NAME, DESCRIPTION, STATUS, PRIORITY, "
                    + "DUE_DATE, ESTIMATED_SECONDS, TAGS, ASSIGNED_TO, CREATED_BY, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    d.projectId(), d.name(), d.description(), d.status(), d.priority(), d.dueDate(),
                    d.estimatedSeconds(), CatalogSql.joinTags(d.tags()), d.assignedTo(), createdBy, now, now);
            return find(c, id).orElseThrow();
        });
    }

    @Override
    public Optional<Task> find(long id) {
        return tx.call(c -> find(c, id));
    }

    @Override
    public List<Task> list(TaskQuery query, long offset, int limit) {
        CatalogFilter f = filter(query);
        return tx.call(c -> Sql.list(c, SELECT + f.where() + " ORDER BY T.ID LIMIT ? OFFSET ?", f.params(limit, offset),
                    rs -> read(rs)));
    }

    @Override
    public long count(TaskQuery query) {
        CatalogFilter f = filter(query);
        return tx.call(c -> Sql.number(c, "SELECT COUNT(*) FROM TRACKING_TASKS T" + f.where(), f.params()));
    }

    @Override
    public Task update(long id, UnaryOperator<TaskDraft> change) {
        return names.renaming(c -> {
            Task current = find(c, id).orElseThrow(() -> ApiException.notFound("Task"));
            TaskDraft d = normalise(change.apply(current.draft()));
            check(c, d, current);
            Sql.update(c, "UPDATE TRACKING_TASKS SET PROJECT_ID = ?, NAME = ?, DESCRIPTION = ?, STATUS = ?, "
                    + "PRIORITY = ?, DUE_DATE = ?, ESTIMATED_SECONDS = ?, TAGS = ?, ASSIGNED_TO = ?, UPDATED_AT = ? "
                    + "WHERE ID = ?",
                    d.projectId(), d.name(), d.description(), d.status(), d.priority(), d.dueDate(),
                    d.estimatedSeconds(), CatalogSql.joinTags(d.tags()), d.assignedTo(), Instant.now(), id);
            return find(c, id).orElseThrow();
        });
    }

    @Override
    public void delete(long id) {
        names.renaming(c -> {
            if (Sql.update(c, "DELETE FROM TRACKING_TASKS WHERE ID = ?", id) == 0) {
                throw ApiException.notFound("Task");
            }
            return null;
        });
    }

    private static TaskDraft normalise(TaskDraft d) {
        if (d == null) {
            throw ApiException.validation(Map.of("_schema", List.of("A task is required.")));
        }
        return new TaskDraft(d.projectId(), ClientServiceImpl.strip(d.name()), ClientServiceImpl.strip(d.description()),
                d.status() == null ? "todo" : d.status(), d.priority() == null ? "medium" : d.priority(), d.dueDate(),
                d.estimatedSeconds(), d.tags() == null ? List.of() : CatalogSql.splitTags(String.join(",", d.tags())),
                d.assignedTo());
    }

    /** {@code current} is null on creation; a task may stay in a project archived since. */
    private static void check(Connection c, TaskDraft d, Task current) throws SQLException {
        CatalogChecks checks = new CatalogChecks()
                .required("project_id", d.projectId())
                .required("name", d.name(), 200)
                .length("description", d.description(), 4000)
                .oneOf("status", d.status(), Task.STATUSES)
                .oneOf("priority", d.priority(), Task.PRIORITIES)
                .notNegative("estimated_hours", d.estimatedSeconds())
                .length("tags", CatalogSql.joinTags(d.tags()), MAX_TAGS);
        boolean moved = current == null || !Objects.equals(current.projectId(), d.projectId());
        if (d.projectId() != null && moved) {
            try (PreparedStatement ps = Sql.bind(c.prepareStatement("SELECT STATUS FROM TRACKING_PROJECTS WHERE ID = ?"),
                    List.of(d.projectId())); ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    checks.error("project_id", "Project not found.");
                } else if (Project.ARCHIVED.equals(rs.getString(1))) {
                    checks.error("project_id", "Project is archived.");
                }
            }
        }
        checks.check();
    }

    private static CatalogFilter filter(TaskQuery q) {
        return new CatalogFilter().equal("T.PROJECT_ID", q.projectId()).equal("T.STATUS", q.status())
                .equal("T.ASSIGNED_TO", q.assignedTo());
    }

    private static Optional<Task> find(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE T.ID = ?", List.of(id), rs -> read(rs));
    }

    private static Task read(ResultSet rs) throws SQLException {
        return new Task(rs.getLong("ID"), rs.getLong("PROJECT_ID"), rs.getString("NAME"), rs.getString("DESCRIPTION"),
                rs.getString("STATUS"), rs.getString("PRIORITY"), Sql.date(rs, "DUE_DATE"),
                Sql.longOrNull(rs, "ESTIMATED_SECONDS"), CatalogSql.splitTags(rs.getString("TAGS")),
                Sql.longOrNull(rs, "ASSIGNED_TO"), rs.getLong("CREATED_BY"), Sql.instant(rs, "CREATED_AT"),
                Sql.instant(rs, "UPDATED_AT"), rs.getLong("TRACKED_SECONDS"));
    }
}
