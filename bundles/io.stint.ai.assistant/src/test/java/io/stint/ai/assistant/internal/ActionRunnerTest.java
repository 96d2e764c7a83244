package io.stint.ai.assistant.internal;

import static io.stint.ai.assistant.internal.AiFixture.ALICE;
import static io.stint.ai.assistant.internal.AiFixture.BOB;
import static io.stint.ai.assistant.internal.AiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.stint.activity.api.ActivityBlock;
import io.stint.rest.api.ApiException;
import io.stint.security.api.Caller;
import io.stint.security.api.CallerContext;
import io.stint.tracking.api.TimeEntry;

/** A confirmed action runs through the normal services, with their validation and the caller's scopes. */
class ActionRunnerTest {

    private final AiFixture f = new AiFixture();
    private final ActionRunner runner = new ActionRunner(f.peers);
    private final AiResource resource = new AiResource(f.providers, f.context(Options.defaults()),
            f.chat(Options.defaults()), runner);

    private Map<String, Object> confirm(Caller caller, String action) {
        Response r = resource.confirm(new CallerContext(caller, false), json("{'action': " + action + "}"));
        assertEquals(200, r.getStatus(), String.valueOf(r.getEntity()));
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) r.getEntity();
        return body;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(Map<String, Object> body) {
        assertEquals(true, body.get("success"));
        return (Map<String, Object>) body.get("result");
    }

    @Test
    void aConfirmedTimeEntryIsRecordedForTheCallerInTheirZone() {
        long web = f.project("Web");

        Map<String, Object> entry = (Map<String, Object>) result(confirm(ALICE, "{'type': 'create_time_entry', "
                + "'payload': {'project_id': " + web + ", 'start_time': '2026-03-10T09:00:00', "
                + "'end_time': '2026-03-10T10:30:00', 'notes': 'review'}}")).get("time_entry");

        TimeEntry stored = f.tracking.timeEntries.find(new io.stint.tracking.api.TimeAccess(ALICE.userId(), false),
                (Long) entry.get("id")).orElseThrow();
        assertEquals(java.time.Instant.parse("2026-03-10T08:00:00Z"), stored.start(), "09:00 in Berlin");
        assertEquals(5400L, stored.durationSeconds());
        assertEquals("review", stored.notes());
    }

    @Test
    void startAndStopTimerActionsDriveTheCallersTimer() {
        long web = f.project("Web");

        confirm(ALICE, "{'type': 'start_timer', 'payload': {'project_id': " + web + "}}");
        assertTrue(f.tracking.timer.running(ALICE.userId()).isPresent());
        confirm(ALICE, "{'type': 'stop_timer', 'payload': {}}");

        assertTrue(f.tracking.timer.running(ALICE.userId()).isEmpty());
    }

    @Test
    void anAssignBlockActionAssignsTheCallersBlockAsAPerson() {
        ActivityBlock b = f.block(ALICE, 0, "Editor");
        f.profiles.add(4, "Acme", null, "Design", true);

        Map<String, Object> block = (Map<String, Object>) result(confirm(ALICE,
                "{'type': 'assign_block', 'payload': {'block_id': " + b.id() + ", 'profile_id': 4}}")).get("block");

        assertEquals(4L, block.get("profile_id"));
        ActivityBlock stored = f.blocks.find(ALICE.userId(), b.id()).orElseThrow();
        assertEquals(4L, stored.profileId());
        assertEquals("USER", stored.assignedBy());
    }

    @Test
    void aSummaryAnswersItsTextAndStoresNothing() {
        assertEquals(Map.of("text", "A calm day"),
                result(confirm(ALICE, "{'type': 'summary', 'payload': {'text': 'A calm day'}}")));
    }

    @Test
    void anotherUsersBlockIsRefusedAndLeftAlone() {
        ActivityBlock bobs = f.block(BOB, 0, "Bob's");
        f.profiles.add(4, "Acme", null, "Design", true);

        ApiException e = assertThrows(ApiException.class, () -> confirm(ALICE,
                "{'type': 'assign_block', 'payload': {'block_id': " + bobs.id() + ", 'profile_id': 4}}"));

        assertEquals(400, e.status());
        assertEquals("invalid_action", e.errorCode());
        assertNull(f.blocks.find(BOB.userId(), bobs.id()).orElseThrow().profileId());
    }

    @Test
    void anUnknownTypeIs400UnsupportedAction() {
        ApiException e = assertThrows(ApiException.class,
                () -> confirm(ALICE, "{'type': 'delete_project', 'payload': {'project_id': 1}}"));

        assertEquals(400, e.status());
        assertEquals("unsupported_action", e.errorCode());
    }

    @Test
    void withoutWriteTimeEntriesATimerActionIs403LikeTheAuthFilters() {
        long web = f.project("Web");
        Caller aiOnly = new Caller(1, "alice", Caller.ROLE_USER, AiFixture.BERLIN, Set.of("read:ai", "write:ai"), 9);

        Response r = resource.confirm(new CallerContext(aiOnly, false),
                json("{'action': {'type': 'start_timer', 'payload': {'project_id': " + web + "}}}"));

        assertEquals(403, r.getStatus());
        Map<?, ?> body = (Map<?, ?>) r.getEntity();
        assertEquals("forbidden", body.get("error_code"));
        assertEquals("write:time_entries", body.get("required_scope"));
        assertEquals(false, body.get("success"));
        assertTrue(f.tracking.timer.running(ALICE.userId()).isEmpty());
    }

    @Test
    void theProvidersListShowsEachLiveProviderAndTheOneInUse() {
        f.providers.addProvider(new StandInProvider("better"), Map.of("service.ranking", 10, "service.id", 5L));

        Map<String, Object> body = resource.providers();

        assertEquals("better", body.get("in_use"));
        List<?> list = (List<?>) body.get("providers");
        assertEquals(Map.of("id", "better", "model", "better-model", "local", true, "ranking", 10, "in_use", true),
                list.get(0));
        assertEquals(false, ((Map<?, ?>) list.get(1)).get("in_use"));
    }
}
