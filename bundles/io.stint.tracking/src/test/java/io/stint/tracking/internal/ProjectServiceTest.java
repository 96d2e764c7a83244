package io.stint.tracking.internal;

import static io.stint.tracking.internal.CatalogFixture.assertFieldErrors;
import static io.stint.tracking.internal.CatalogFixture.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.tracking.api.Client;
import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectDraft;
import io.stint.tracking.api.ProjectQuery;

/** Projects against a real HSQLDB carrying the module's migrations. */
class ProjectServiceTest {

    private final CatalogFixture f = new CatalogFixture();

    @Test
    void aCreatedProjectCanBeReadBackWithItsClientsName() {
        Client acme = f.clients.create(ClientDraft.named("Acme"));
        Project created = f.projects.create(new ProjectDraft("Website", acme.id(), null, false, 9550L, 500000L,
                "Relaunch", "WEB", 36000L));
        Project read = f.projects.find(created.id()).orElseThrow();
        assertEquals("Website", read.name());
        assertEquals("Acme", read.clientName());
        assertEquals(Project.ACTIVE, read.status());
        assertEquals(9550L, read.rateMinor());
        assertEquals(36000L, read.estimatedSeconds());
        assertEquals(false, read.billable());
        assertNull(read.archivedAt());
        assertEquals(0, read.trackedSeconds());
    }

    @Test
    void aProjectWithoutANameIsRefusedAndNothingIsStored() {
        assertFieldErrors(() -> f.projects.create(ProjectDraft.of(null, null)), "name");
        assertEquals(0, f.projects.count(ProjectQuery.all()));
    }

    @Test
    void aProjectForAClientThatDoesNotExistIsAFieldError() {
        assertFieldErrors(() -> f.projects.create(ProjectDraft.of("Website", 99L)), "client_id");
    }

    @Test
    void anArchivedClientTakesNoNewProjects() {
        Client acme = f.clients.create(ClientDraft.named("Acme"));
        f.clients.archive(acme.id());
        assertFieldErrors(() -> f.projects.create(ProjectDraft.of("Website", acme.id())), "client_id");
    }

    @Test
    void aProjectKeepsItsClientAfterTheClientIsArchived() {
        Client acme = f.clients.create(ClientDraft.named("Acme"));
        Project p = f.projects.create(ProjectDraft.of("Website", acme.id()));
        f.clients.archive(acme.id());
        Project renamed = f.projects.update(p.id(), d -> new ProjectDraft("Web", d.clientId(), d.status(), d.billable(),
                d.rateMinor(), d.budgetMinor(), d.description(), d.code(), d.estimatedSeconds()));
        assertEquals("Web", renamed.name());
        assertEquals(acme.id(), renamed.clientId());
    }

    @Test
    void anUnknownStatusAndNegativeNumbersAreFieldErrors() {
        assertFieldErrors(() -> f.projects.create(new ProjectDraft("P", null, "done", true, -1L, -1L, null, null, -5L)),
                "status", "hourly_rate", "budget_amount", "estimated_hours");
    }

    @Test
    void archivingSetsTheStatusAndTimeAndTheProjectStaysReadable() {
        Project p = f.projects.create(ProjectDraft.of("Website", null));
        Project archived = f.projects.archive(p.id());
        assertTrue(archived.archived());
        assertNotNull(archived.archivedAt());
        assertEquals(archived.archivedAt(), f.projects.archive(p.id()).archivedAt());
        assertTrue(f.projects.find(p.id()).orElseThrow().archived());
    }

    @Test
    void reactivatingAnArchivedProjectClearsItsArchiveTime() {
        Project p = f.projects.archive(f.projects.create(ProjectDraft.of("Website", null)).id());
        Project active = f.projects.update(p.id(), d -> new ProjectDraft(d.name(), d.clientId(), Project.ACTIVE,
                d.billable(), d.rateMinor(), d.budgetMinor(), d.description(), d.code(), d.estimatedSeconds()));
        assertEquals(Project.ACTIVE, active.status());
        assertNull(active.archivedAt());
    }

    @Test
    void aMissingProjectIsNotFound() {
        assertTrue(f.projects.find(7).isEmpty());
        assertNotFound(() -> f.projects.update(7, d -> d));
        assertNotFound(() -> f.projects.archive(7));
    }

    @Test
    void trackedTimeCountsFinishedEntriesOnly() {
        Project p = f.projects.create(ProjectDraft.of("Website", null));
        f.trackedTime(p.id(), null, 5400);
        f.trackedTime(p.id(), null, 1800);
        f.runningTimer(p.id());
        assertEquals(7200, f.projects.find(p.id()).orElseThrow().trackedSeconds());
    }

    @Test
    void listsFilterByStatusClientAndSearchAndPageByName() {
        Client acme = f.clients.create(ClientDraft.named("Acme"));
        f.projects.create(ProjectDraft.of("Website", acme.id()));
        f.projects.create(ProjectDraft.of("App", acme.id()));
        f.projects.create(ProjectDraft.of("Intranet", null));
        f.projects.archive(f.projects.create(ProjectDraft.of("Old site", acme.id())).id());

        assertEquals(List.of("App", "Website"), names(f.projects.list(new ProjectQuery(Project.ACTIVE, acme.id(), null), 0, 50)));
        assertEquals(3, f.projects.count(new ProjectQuery(null, acme.id(), null)));
        assertEquals(List.of("Old site", "Website"), names(f.projects.list(new ProjectQuery(null, null, "SITE"), 0, 50)));
        assertEquals(List.of("Intranet"), names(f.projects.list(ProjectQuery.all(), 1, 1)));
    }

    private static List<String> names(List<Project> projects) {
        return projects.stream().map(Project::name).toList();
    }
}
