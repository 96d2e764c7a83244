package io.stint.tracking.internal;

import static io.stint.tracking.internal.CatalogFixture.assertFieldErrors;
import static io.stint.tracking.internal.CatalogFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.tracking.api.ProjectDraft;
import io.stint.tracking.api.Task;

/** Task request bodies and answers as TimeTracker's clients expect them. */
class TaskWireTest {

    private final CatalogFixture f = new CatalogFixture();
    private final long project = f.projects.create(ProjectDraft.of("Web", null)).id();

    @Test
    void tagsArriveAsTextOrListAndLeaveAsBoth() {
        Task t = f.tasks.create(1, TaskWire.draft(json("{'name': 'Build', 'project_id': " + project
                + ", 'tags': 'web, front', 'due_date': '2026-02-01', 'priority': 'high', 'assignee_id': 4}")));
        JsonNode out = CatalogFixture.JSON.valueToTree(TaskWire.toWire(t, ZoneId.of("UTC")));
        assertEquals("web,front", out.get("tags").textValue());
        assertEquals(2, out.get("tag_list").size());
        assertEquals("2026-02-01", out.get("due_date").textValue());
        assertEquals("high", out.get("priority").textValue());
        assertEquals(4, out.get("assigned_to").intValue());
        assertEquals(0, out.get("total_hours").intValue());
        assertTrue(out.get("estimated_hours").isNull());

        Task listed = f.tasks.update(t.id(), TaskWire.changes(json("{'tags': ['a', 'b']}")));
        assertEquals(List.of("a", "b"), listed.tags());
    }

    @Test
    void wrongTypesAreFieldErrors() {
        assertFieldErrors(() -> TaskWire.draft(json("{'name': 'Build', 'project_id': 'x', 'due_date': '01/02/2026', "
                + "'estimated_hours': true, 'priority': 2}")), "project_id", "due_date", "estimated_hours", "priority");
    }

    @Test
    void aTaskCannotLoseItsProject() {
        Task t = f.tasks.create(1, TaskWire.draft(json("{'name': 'Build', 'project_id': " + project + "}")));
        assertFieldErrors(() -> f.tasks.update(t.id(), TaskWire.changes(json("{'project_id': null}"))), "project_id");
    }
}
