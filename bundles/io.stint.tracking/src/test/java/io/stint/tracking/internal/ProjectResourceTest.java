package io.stint.tracking.internal;

import static io.stint.tracking.internal.CatalogFixture.assertFieldErrors;
import static io.stint.tracking.internal.CatalogFixture.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import io.stint.security.api.Caller;
import io.stint.tracking.api.ProjectDraft;

/** The project routes called as their methods, with a caller as the security filter would set it. */
class ProjectResourceTest {

    private final CatalogFixture f = new CatalogFixture();
    private final ProjectResource resource = new ProjectResource(f.projects, f.settings);
    private final SecurityContext user = ExpenseResourceTest.as(1, Caller.ROLE_USER);

    @Test
    void aListWithoutStatusShowsActiveProjectsAndAllShowsEvery() {
        f.projects.create(ProjectDraft.of("Web", null));
        f.projects.archive(f.projects.create(ProjectDraft.of("Old", null)).id());
        assertEquals(List.of("Web"), names(resource.list(null, null, null, null, null, user)));
        assertEquals(List.of("Old", "Web"), names(resource.list(null, null, "all", null, null, user)));
        assertEquals(List.of("Old"), names(resource.list(null, null, "archived", null, null, user)));
    }

    @Test
    void badFiltersAreFieldErrors() {
        assertFieldErrors(() -> resource.list(null, null, "closed", null, null, user), "status");
        assertFieldErrors(() -> resource.list(null, null, null, "one", null, user), "client_id");
        assertFieldErrors(() -> resource.list("0", null, null, null, null, user), "page");
    }

    @Test
    void deleteArchivesAndTheProjectIsStillReadable() {
        long id = f.projects.create(ProjectDraft.of("Web", null)).id();
        assertEquals(Map.of("message", "Project archived successfully"), resource.archive(String.valueOf(id)));
        @SuppressWarnings("unchecked")
        Map<String, Object> project = (Map<String, Object>) resource.get(String.valueOf(id), user).get("project");
        assertEquals("archived", project.get("status"));
        assertEquals(true, project.get("is_archived"));
    }

    @Test
    void aMissingProjectIsNotFound() {
        assertNotFound(() -> resource.get("404", user));
        assertNotFound(() -> resource.archive("x"));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> names(Map<String, Object> body) {
        return ((List<Map<String, Object>>) body.get("projects")).stream().map(p -> p.get("name")).toList();
    }
}
