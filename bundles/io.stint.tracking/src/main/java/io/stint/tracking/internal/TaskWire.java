package io.stint.tracking.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.Input;
import io.stint.tracking.api.Task;
import io.stint.tracking.api.TaskDraft;

/** A task on the wire: the fields TimeTracker shows, and request bodies read into changes. */
final class TaskWire {

    /** {@code assignee_id} is the name TimeTracker's own requests use for {@code assigned_to}. */
    static final Set<String> FIELDS = Set.of("name", "project_id", "description", "status", "priority", "due_date",
            "estimated_hours", "tags", "assigned_to", "assignee_id");

    private TaskWire() {
    }

    static Map<String, Object> toWire(Task t, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("project_id", t.projectId());
        m.put("status", t.status());
        m.put("priority", t.priority());
        m.put("description", t.description());
        m.put("due_date", t.dueDate() == null ? null : t.dueDate().toString());
        m.put("estimated_hours", CatalogWire.hours(t.estimatedSeconds()));
        m.put("tags", t.tags().isEmpty() ? null : String.join(",", t.tags()));
        m.put("tag_list", t.tags());
        m.put("assigned_to", t.assignedTo());
        m.put("created_by", t.createdBy());
        m.put("created_at", WireTimes.local(t.createdAt(), zone));
        m.put("updated_at", WireTimes.local(t.updatedAt(), zone));
        m.put("total_hours", CatalogWire.hours(t.trackedSeconds()));
        return m;
    }

    /** A new task from a POST body. */
    static TaskDraft draft(JsonNode body) {
        return changes(body).apply(TaskDraft.of(null, null));
    }

    /** The change a PUT or PATCH body asks for: the fields present replace the current ones. */
    static UnaryOperator<TaskDraft> changes(JsonNode body) {
        Input in = Input.of(body, FIELDS);
        String name = in.string("name", 200);
        Long projectId = in.integer("project_id");
        String description = in.string("description", 4000);
        String status = in.choice("status", Set.copyOf(Task.STATUSES));
        String priority = in.choice("priority", Set.copyOf(Task.PRIORITIES));
        LocalDate due = in.parsed("due_date", LocalDate::parse, "Not a valid date (YYYY-MM-DD).");
        Long estimated = CatalogWire.seconds(in, "estimated_hours");
        List<String> tags = in.strings("tags", 50);
        String assigneeField = in.has("assigned_to") ? "assigned_to" : "assignee_id";
        Long assignee = in.integer(assigneeField);
        if (in.has("project_id") && projectId == null && !in.failed("project_id")) {
            in.error("project_id", "Field may not be null.");
        }
        in.validate();
        boolean assigned = in.has("assigned_to") || in.has("assignee_id");
        return d -> new TaskDraft(
                in.has("project_id") ? projectId : d.projectId(),
                in.has("name") ? name : d.name(),
                in.has("description") ? description : d.description(),
                in.has("status") ? status : d.status(),
                in.has("priority") ? priority : d.priority(),
                in.has("due_date") ? due : d.dueDate(),
                in.has("estimated_hours") ? estimated : d.estimatedSeconds(),
                in.has("tags") ? tags : d.tags(),
                assigned ? assignee : d.assignedTo());
    }
}
