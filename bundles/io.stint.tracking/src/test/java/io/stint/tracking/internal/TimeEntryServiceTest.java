package io.stint.tracking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.stint.rest.api.ApiException;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryChanges;
import io.stint.tracking.api.TimeEntryDraft;

/** Recording, validating, changing and deleting entries on a real HSQLDB. */
class TimeEntryServiceTest {

    private final TimeFixture f = new TimeFixture();
    private final TimeAccess ada = new TimeAccess(1, false);

    private TimeEntryDraft draft(Long project, Long client, Long task, String start, String end) {
        return new TimeEntryDraft(1, project, client, task, Instant.parse(start), Instant.parse(end), 0, null, null,
                true, false, null);
    }

    private ApiException refused(TimeEntryDraft d) {
        ApiException e = assertThrows(ApiException.class, () -> f.entries.create(ada, d));
        assertEquals(400, e.status());
        assertEquals("validation_error", e.errorCode());
        assertEquals(0, f.entryCount(), "nothing is stored");
        return e;
    }

    @Test
    void aCreatedEntryCarriesItsDurationAndNames() {
        TimeEntry e = f.entries.create(ada, new TimeEntryDraft(1, f.project, null, f.task,
                Instant.parse("2026-01-10T09:00:00Z"), Instant.parse("2026-01-10T10:30:00Z"), 600, "notes", "a, b",
                true, false, null));
        assertEquals(5400 - 600, e.durationSeconds());
        assertEquals("Website", e.projectName());
        assertEquals("Design", e.taskName());
        assertEquals(e, f.entries.find(ada, e.id()).orElseThrow(), "what create answers is what is stored");
    }

    @Test
    void anEndAtOrBeforeTheStartIsAFieldError() {
        assertTrue(refused(draft(f.project, null, null, "2026-01-10T10:00:00Z", "2026-01-10T10:00:00Z"))
                .errors().containsKey("end_time"));
        assertTrue(refused(draft(f.project, null, null, "2026-01-10T10:00:00Z", "2026-01-10T09:00:00Z"))
                .errors().containsKey("end_time"));
    }

    @Test
    void anEntryOverlappingAnotherOfTheSameUserIsRefused() {
        f.entries.create(ada, draft(f.project, null, null, "2026-01-10T09:00:00Z", "2026-01-10T11:00:00Z"));
        ApiException inside = assertThrows(ApiException.class, () -> f.entries.create(ada,
                draft(f.project, null, null, "2026-01-10T10:00:00Z", "2026-01-10T10:30:00Z")));
        assertTrue(inside.errors().containsKey("start_time"));
        assertThrows(ApiException.class, () -> f.entries.create(ada,
                draft(f.project, null, null, "2026-01-10T08:00:00Z", "2026-01-10T09:00:01Z")));
        f.entries.create(ada, draft(f.project, null, null, "2026-01-10T11:00:00Z", "2026-01-10T12:00:00Z"));
        f.entries.create(new TimeAccess(2, false), new TimeEntryDraft(2, f.project, null, null,
                Instant.parse("2026-01-10T09:30:00Z"), Instant.parse("2026-01-10T10:00:00Z"), 0, null, null, true,
                false, null));
        assertEquals(3, f.entryCount(), "adjacent entries and another user's entries do not overlap");
    }

    @Test
    void unknownAndArchivedProjectsAndForeignTasksAreFieldErrors() {
        assertEquals(List.of("Project not found."),
                refused(draft(999L, null, null, "2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z")).errors().get("project_id"));
        assertEquals(List.of("Project is archived."),
                refused(draft(f.archived, null, null, "2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z")).errors().get("project_id"));
        assertEquals(List.of("Task does not belong to the project."),
                refused(draft(f.project, null, f.otherTask, "2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z")).errors().get("task_id"));
        assertTrue(refused(draft(null, 999L, null, "2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z")).errors().containsKey("client_id"));
        assertTrue(refused(draft(null, null, null, "2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z")).errors().containsKey("project_id"));
    }

    @Test
    void anEntryMayBelongToAClientOnly() {
        TimeEntry e = f.entries.create(ada, draft(null, f.client, null, "2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z"));
        assertNull(e.projectId());
        assertEquals("Acme", e.clientName());
    }

    @Test
    void anotherUsersEntryIsInvisibleToANonAdmin() {
        TimeEntry e = f.entries.create(ada, draft(f.project, null, null, "2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z"));
        TimeAccess bob = new TimeAccess(2, false);
        assertEquals(Optional.empty(), f.entries.find(bob, e.id()));
        assertEquals(Optional.empty(), f.entries.update(bob, e.id(), TimeEntryChanges.none()));
        assertFalse(f.entries.delete(bob, e.id()));
        assertTrue(f.entries.find(new TimeAccess(9, true), e.id()).isPresent());
        assertEquals(1, f.entryCount());
    }

    @Test
    void anUpdateWithAStaleIfUpdatedAtIsAConflict() {
        TimeEntry e = f.entries.create(ada, draft(f.project, null, null, "2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z"));
        Instant seen = e.updatedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        f.clock.advance(5);
        TimeEntry changed = f.entries.update(ada, e.id(), notes("first", seen)).orElseThrow();
        assertEquals("first", changed.notes());
        ApiException stale = assertThrows(ApiException.class, () -> f.entries.update(ada, e.id(), notes("second", seen)));
        assertEquals(409, stale.status());
        assertEquals("conflict", stale.errorCode());
        assertEquals("first", f.entries.find(ada, e.id()).orElseThrow().notes());
    }

    @Test
    void anUpdateRecomputesTheDurationAndChecksOverlaps() {
        TimeEntry e = f.entries.create(ada, draft(f.project, null, null, "2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z"));
        f.entries.create(ada, draft(f.project, null, null, "2026-01-10T11:00:00Z", "2026-01-10T12:00:00Z"));
        TimeEntryChanges longer = new TimeEntryChanges(null, null, null, null, Instant.parse("2026-01-10T10:30:00Z"),
                null, null, null, null, null, null, null);
        assertEquals(5400L, f.entries.update(ada, e.id(), longer).orElseThrow().durationSeconds());
        TimeEntryChanges clash = new TimeEntryChanges(null, null, null, null, Instant.parse("2026-01-10T11:30:00Z"),
                null, null, null, null, null, null, null);
        assertThrows(ApiException.class, () -> f.entries.update(ada, e.id(), clash));
        assertEquals(5400L, f.entries.find(ada, e.id()).orElseThrow().durationSeconds());
    }

    @Test
    void bulkActionsChangeOnlyTheCallersFinishedEntries() {
        long a = f.entries.create(ada, draft(f.project, null, null, "2026-01-10T09:00:00Z", "2026-01-10T10:00:00Z")).id();
        long b = f.entries.create(ada, draft(f.project, null, null, "2026-01-10T10:00:00Z", "2026-01-10T11:00:00Z")).id();
        long bobs = f.entries.create(new TimeAccess(2, false), new TimeEntryDraft(2, f.project, null, null,
                Instant.parse("2026-01-10T09:00:00Z"), Instant.parse("2026-01-10T10:00:00Z"), 0, null, "x", true, false,
                null)).id();
        long running = f.timer.start(1, f.project, null, null).id();
        List<Long> all = List.of(a, b, bobs, running);

        assertEquals(2, f.entries.bulk(ada, all, "set_billable", false));
        assertFalse(f.entries.find(ada, a).orElseThrow().billable());
        assertTrue(f.entries.find(ada, running).orElseThrow().billable(), "running timers are left alone");
        assertTrue(f.entries.find(new TimeAccess(2, false), bobs).orElseThrow().billable());

        assertEquals(2, f.entries.bulk(ada, all, "add_tag", "review"));
        assertEquals(1, f.entries.bulk(ada, List.of(a), "add_tag", "alpha"));
        assertEquals("alpha, review", f.entries.find(ada, a).orElseThrow().tags());
        f.entries.bulk(ada, List.of(a, b), "remove_tag", "review");
        assertNull(f.entries.find(ada, b).orElseThrow().tags());

        assertEquals(2, f.entries.bulk(ada, all, "set_paid", true));
        assertTrue(f.entries.find(ada, b).orElseThrow().paid());

        assertEquals(2, f.entries.bulk(ada, all, "delete", null));
        assertEquals(2, f.entryCount(), "Bob's entry and the running timer remain");
    }

    @Test
    void bulkRefusesUnknownActionsAndOthersEntries() {
        long bobs = f.entries.create(new TimeAccess(2, false), new TimeEntryDraft(2, f.project, null, null,
                Instant.parse("2026-01-10T09:00:00Z"), Instant.parse("2026-01-10T10:00:00Z"), 0, null, null, true, false,
                null)).id();
        assertEquals(400, assertThrows(ApiException.class, () -> f.entries.bulk(ada, List.of(bobs), "explode", null)).status());
        assertEquals(400, assertThrows(ApiException.class, () -> f.entries.bulk(ada, List.of(bobs), "set_paid", "yes")).status());
        assertEquals(404, assertThrows(ApiException.class, () -> f.entries.bulk(ada, List.of(bobs), "delete", null)).status());
        assertEquals(1, f.entryCount());
    }

    private static TimeEntryChanges notes(String notes, Instant ifUpdatedAt) {
        return new TimeEntryChanges(null, null, null, null, null, null, Optional.of(notes), null, null, null, null,
                ifUpdatedAt);
    }

    @Test
    void entriesReadsAPageLikeTheListWithoutItsCountAndKeepsOthersEntriesHidden() {
        for (int day = 1; day <= 5; day++) {
            f.entries.create(ada, draft(f.project, null, null, "2026-02-0" + day + "T09:00:00Z", "2026-02-0" + day + "T10:00:00Z"));
        }
        io.stint.tracking.api.TimeEntryQuery page = new io.stint.tracking.api.TimeEntryQuery(1L, null, null, null, null,
                false, 1, 3);
        assertEquals(f.entries.list(ada, page).entries(), f.entries.entries(ada, page));
        assertEquals(3, f.entries.entries(ada, page).size());
        assertEquals("2026-02-04T09:00:00Z", f.entries.entries(ada, page).get(0).start().toString(), "newest first");
        io.stint.tracking.api.TimeEntryQuery everyone = new io.stint.tracking.api.TimeEntryQuery(null, null, null, null, null,
                false, 0, 10);
        assertEquals(404, assertThrows(ApiException.class, () -> f.entries.entries(ada, everyone)).status());
        assertEquals(5, f.entries.entries(new TimeAccess(2, true), everyone).size(), "an admin reads everyone's");
    }
}
