package io.stint.tracking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryDraft;
import io.stint.tracking.api.TimeEntryQuery;

/** Lists name projects, clients and tasks from memory, and a rename or delete shows at once. */
class CatalogNamesTest {

    private final TimeFixture f = new TimeFixture();
    private final TimeAccess ada = new TimeAccess(1, false);
    private final TimeEntryQuery all = new TimeEntryQuery(1L, null, null, null, null, true, 0, 50);

    private TimeEntry listed() {
        return f.entries.list(ada, all).entries().get(0);
    }

    @Test
    void aListNamesTheProjectClientAndTaskAndFollowsARenameAndADelete() {
        f.entries.create(ada, new TimeEntryDraft(1, f.project, f.client, f.task, Instant.parse("2026-01-10T09:00:00Z"),
                Instant.parse("2026-01-10T10:00:00Z"), 0, null, null, true, false, null));
        assertEquals("Website", listed().projectName());
        assertEquals("Acme", listed().clientName());
        assertEquals("Design", listed().taskName());

        ProjectServiceImpl projects = new ProjectServiceImpl(f.db.transactions(), new CatalogSettings("EUR"), f.names);
        projects.update(f.project, d -> new io.stint.tracking.api.ProjectDraft("Web shop", d.clientId(), d.status(),
                d.billable(), d.rateMinor(), d.budgetMinor(), d.description(), d.code(), d.estimatedSeconds()));
        assertEquals("Web shop", listed().projectName());

        new TaskServiceImpl(f.db.transactions(), f.names).delete(f.task);
        assertNull(listed().taskName());
    }

    @Test
    void eachDatabaseHasItsOwnNames() throws Exception {
        TimeFixture other = new TimeFixture();
        try (var c = other.db.dataSource().getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE TRACKING_PROJECTS SET NAME = 'Elsewhere' WHERE ID = " + other.project);
        }
        try (var c = f.db.dataSource().getConnection()) {
            assertEquals("Website", f.names.project(c, f.project));
        }
        try (var c = other.db.dataSource().getConnection()) {
            assertEquals("Elsewhere", other.names.project(c, other.project));
        }
    }
}
