package io.stint.ai.assistant.internal;

import static io.stint.ai.assistant.internal.AiFixture.ALICE;
import static io.stint.ai.assistant.internal.AiFixture.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.stint.tracking.api.TaskDraft;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntryDraft;

/** The context preview and the chat send the same context: the caller's own work, as data. */
class ContextBuilderTest {

    private final AiFixture f = new AiFixture();

    private void entry(long user, long project, String start, String end, String notes) {
        f.tracking.timeEntries.create(new TimeAccess(user, false), new TimeEntryDraft(user, project, null, null,
                Instant.parse(start), Instant.parse(end), 0, notes, null, true, false, null));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> context, String key) {
        return (List<Map<String, Object>>) context.get(key);
    }

    @Test
    void recentEntriesAreTheCallersOwnNewestFirstInTheirZone() {
        long web = f.project("Web");
        entry(ALICE.userId(), web, "2026-03-09T08:00:00Z", "2026-03-09T09:00:00Z", "older");
        entry(ALICE.userId(), web, "2026-03-10T07:00:00Z", "2026-03-10T08:00:00Z", "newer");
        entry(BOB.userId(), web, "2026-03-10T07:00:00Z", "2026-03-10T08:00:00Z", "bob's");

        List<Map<String, Object>> entries = list(f.context(Options.defaults()).build(ALICE), "recent_entries");

        assertEquals(List.of("newer", "older"), entries.stream().map(e -> e.get("notes")).toList());
        assertEquals("2026-03-10T08:00:00", entries.get(0).get("start_time"), "naive local time in Berlin");
        assertEquals("Web", entries.get(0).get("project_name"));
    }

    @Test
    void theContextHoldsTheUserTheTimerActiveProjectsOpenTasksBlocksAndProfiles() {
        long web = f.project("Web");
        long old = f.project("Old");
        f.tracking.projects.archive(old);
        long open = f.tracking.tasks.create(ALICE.userId(), TaskDraft.of(web, "Design")).id();
        long done = f.tracking.tasks.create(ALICE.userId(), TaskDraft.of(web, "Shipped")).id();
        f.tracking.tasks.update(done, d -> new TaskDraft(d.projectId(), d.name(), d.description(), "done",
                d.priority(), d.dueDate(), d.estimatedSeconds(), d.tags(), d.assignedTo()));
        f.tracking.timer.start(ALICE.userId(), web, null, "running");
        long mine = f.block(ALICE, 0, "Editor").id();
        f.block(BOB, 0, "Bob's editor");
        f.profiles.add(1, "Acme", "Site", "Design", true);
        f.profiles.add(2, "Gone", null, "Design", false);

        Map<String, Object> c = f.context(Options.defaults()).build(ALICE);

        assertEquals(Map.of("username", "alice", "time_zone", "Europe/Berlin"), c.get("user"));
        assertEquals("2026-03-10T11:00:00", c.get("now"));
        assertEquals("running", ((Map<?, ?>) c.get("active_timer")).get("notes"));
        assertEquals(List.of(web), list(c, "projects").stream().map(p -> p.get("id")).toList());
        assertEquals(List.of(open), list(c, "tasks").stream().map(t -> t.get("id")).toList());
        assertEquals(List.of(mine), list(c, "unassigned_blocks").stream().map(b -> b.get("id")).toList());
        assertEquals("Editor", list(c, "unassigned_blocks").get(0).get("title"));
        assertEquals("2026-03-10T08:00:00", list(c, "unassigned_blocks").get(0).get("ts_start"));
        assertEquals(List.of(Map.of("id", 1L, "client", "Acme", "project", "Site", "service", "Design")),
                list(c, "profiles"));
    }

    @Test
    void withoutARunningTimerTheActiveTimerIsNull() {
        Map<String, Object> c = f.context(Options.defaults()).build(ALICE);

        assertTrue(c.containsKey("active_timer"));
        assertNull(c.get("active_timer"));
    }

    @Test
    void underPrivacyBlocksShowNoTitleNorDomain() {
        f.block(ALICE, 0, "Secret plans - Editor");

        Map<String, Object> block = list(f.context(new Options(true, 20, null, 8000)).build(ALICE), "unassigned_blocks")
                .get(0);

        assertFalse(block.containsKey("title"));
        assertFalse(block.containsKey("domain"));
        assertFalse(AiJson.prompt(block).contains("Secret"));
    }

    @Test
    void modulesThatAreNotRunningLeaveTheirPartsOut() {
        f.peers.blocks = null;
        f.peers.profiles = null;
        f.peers.timer = null;

        Map<String, Object> c = f.context(Options.defaults()).build(ALICE);

        assertFalse(c.containsKey("unassigned_blocks"));
        assertFalse(c.containsKey("profiles"));
        assertFalse(c.containsKey("active_timer"));
        assertTrue(c.containsKey("recent_entries"));
    }

    @Test
    void aContextLongerThanTheLimitLosesTheTailsOfItsLongestLists() {
        long web = f.project("Web");
        for (int i = 0; i < 20; i++) {
            entry(ALICE.userId(), web, "2026-03-0" + (1 + i / 10) + "T" + (10 + i % 10) + ":00:00Z",
                    "2026-03-0" + (1 + i / 10) + "T" + (10 + i % 10) + ":30:00Z", "x".repeat(200));
        }

        Map<String, Object> c = f.context(new Options(false, 20, null, 2000)).build(ALICE);

        assertTrue(AiJson.prompt(c).length() <= 2000);
        assertEquals(true, c.get("truncated"));
        assertTrue(list(c, "recent_entries").size() < 20);
    }
}
