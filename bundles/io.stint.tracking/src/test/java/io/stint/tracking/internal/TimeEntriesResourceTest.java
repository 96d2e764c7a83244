package io.stint.tracking.internal;

import static io.stint.tracking.internal.TimeFixture.BERLIN;
import static io.stint.tracking.internal.TimeFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;
import io.stint.security.api.Caller;

/** {@code /time-entries} as clients see it: wire shape, filters, isolation and idempotent creates. */
class TimeEntriesResourceTest {

    private final TimeFixture f = new TimeFixture();
    private final Caller ada = TimeFixture.user(1, BERLIN);
    private final SecurityContext asAda = TimeFixture.as(ada);

    private Response create(SecurityContext who, String key, String start, String end) {
        return f.entryResource.create(who, key, json("{'project_id': " + f.project + ", 'start_time': '" + start
                + "', 'end_time': '" + end + "'}"));
    }

    private JsonNode body(Response r) {
        return json((String) r.getEntity());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(SecurityContext who, String start, String end, String includeActive) {
        // as a client reads it: the list writes its entries straight to JSON
        return TimeFixture.JSON.convertValue(f.entryResource.list(who, null, null, start, end, null, includeActive, null, null)
                .get("time_entries"), List.class);
    }

    @Test
    void aCreatedEntryIsShownInTheCallersZoneWithEveryFieldPresent() {
        Response r = create(asAda, null, "2026-01-10T09:00:00", "2026-01-10T10:30:00");
        assertEquals(201, r.getStatus());
        JsonNode e = body(r).get("time_entry");
        assertEquals("Time entry created successfully", body(r).get("message").asText());
        assertEquals("2026-01-10T09:00:00", e.get("start_time").asText());
        assertEquals(5400, e.get("duration_seconds").asLong());
        assertEquals(1.5, e.get("duration_hours").asDouble());
        assertEquals("01:30:00", e.get("duration_formatted").asText());
        assertEquals("Ada Lovelace", e.get("user").asText());
        assertEquals("Website", e.get("project").asText());
        assertEquals("manual", e.get("source").asText());
        for (String nullable : List.of("task_id", "client_id", "notes", "tags", "task", "client", "invoice_number", "paused_at")) {
            assertTrue(e.has(nullable) && e.get(nullable).isNull(), nullable + " is written as null");
        }
        assertTrue(e.get("tag_list").isArray());
        Map<String, Object> stored = f.entries.find(TimeEntriesResource.access(ada), e.get("id").asLong())
                .map(x -> TimeEntryWire.of(x, ZoneOffset.UTC, f.clock.instant(), null)).orElseThrow();
        assertEquals("2026-01-10T08:00:00", stored.get("start_time"), "stored as UTC, Berlin is one hour ahead");
    }

    @Test
    void aRepeatedIdempotencyKeyReplaysTheFirstAnswerWhateverTheBody() {
        Response first = create(asAda, "k-1", "2026-01-10T09:00:00", "2026-01-10T10:00:00");
        f.clock.advance(60);
        Response again = create(asAda, "k-1", "2026-01-11T09:00:00", "2026-01-11T10:00:00");
        assertEquals(201, again.getStatus());
        assertEquals(first.getEntity(), again.getEntity(), "the identical body");
        assertEquals(1, f.entryCount());
        create(asAda, "k-2", "2026-01-11T09:00:00", "2026-01-11T10:00:00");
        assertEquals(2, f.entryCount());
    }

    @Test
    void aFailedRequestDoesNotConsumeItsKey() {
        assertThrows(ApiException.class, () -> create(asAda, "k", "2026-01-10T10:00:00", "2026-01-10T09:00:00"));
        Response ok = create(asAda, "k", "2026-01-10T09:00:00", "2026-01-10T10:00:00");
        assertEquals(201, ok.getStatus());
        assertEquals(1, f.entryCount());
    }

    @Test
    void aKeyIsForgottenAfter24Hours() {
        create(asAda, "k", "2026-01-10T09:00:00", "2026-01-10T10:00:00");
        f.clock.advance(24 * 3600 + 1);
        create(asAda, "k", "2026-01-11T09:00:00", "2026-01-11T10:00:00");
        assertEquals(2, f.entryCount());
    }

    @Test
    void concurrentRepeatsCreateOneEntry() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Callable<Object> call = () -> create(asAda, "same", "2026-01-10T09:00:00", "2026-01-10T10:00:00").getEntity();
            List<Future<Object>> answers = pool.invokeAll(java.util.Collections.nCopies(16, call));
            Object firstBody = answers.get(0).get();
            for (Future<Object> a : answers) {
                assertEquals(firstBody, a.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, f.entryCount());
    }

    @Test
    void listsAreNewestFirstAndLeaveRunningTimersOutUnlessAsked() {
        create(asAda, null, "2026-01-10T09:00:00", "2026-01-10T10:00:00");
        create(asAda, null, "2026-01-12T09:00:00", "2026-01-12T10:00:00");
        create(asAda, null, "2026-01-11T09:00:00", "2026-01-11T10:00:00");
        f.timer.start(1, f.project, null, null);
        assertEquals(List.of("2026-01-12T09:00:00", "2026-01-11T09:00:00", "2026-01-10T09:00:00"),
                list(asAda, null, null, null).stream().map(m -> m.get("start_time")).toList());
        assertEquals(4, list(asAda, null, null, "true").size());
        assertEquals(true, list(asAda, null, null, "true").get(0).get("is_active"));
    }

    @Test
    void aDateOnlyEndDateCoversTheWholeDayInTheCallersZone() {
        create(asAda, null, "2026-01-10T23:30:00", "2026-01-10T23:45:00");
        create(asAda, null, "2026-01-11T00:10:00", "2026-01-11T00:20:00");
        assertEquals(1, list(asAda, "2026-01-10", "2026-01-10", null).size());
        assertEquals(2, list(asAda, "2026-01-10", "2026-01-11", null).size());
        assertEquals(1, list(asAda, "2026-01-10T23:30:00", "2026-01-10T23:30:00", null).size(), "a datetime end is inclusive");
        ApiException bad = assertThrows(ApiException.class, () -> list(asAda, "yesterday", null, null));
        assertEquals("validation_error", bad.errorCode());
        assertTrue(bad.errors().containsKey("start_date"));
        assertThrows(ApiException.class, () -> f.entryResource.list(asAda, null, null, null, null, "maybe", null, null, null));
    }

    @Test
    void billableAndProjectFiltersAndPagination() {
        create(asAda, null, "2026-01-10T09:00:00", "2026-01-10T10:00:00");
        f.entryResource.create(asAda, null, json("{'project_id': " + f.otherProject
                + ", 'start_time': '2026-01-10T11:00:00', 'end_time': '2026-01-10T12:00:00', 'billable': false}"));
        assertEquals(1, ((List<?>) f.entryResource.list(asAda, null, null, null, null, "false", null, null, null)
                .get("time_entries")).size());
        assertEquals(1, ((List<?>) f.entryResource.list(asAda, String.valueOf(f.otherProject), null, null, null, null,
                null, null, null).get("time_entries")).size());
        Map<String, Object> page2 = f.entryResource.list(asAda, null, null, null, null, null, null, "2", "1");
        assertEquals(1, ((List<?>) page2.get("time_entries")).size());
        assertEquals(2L, ((io.stint.rest.api.Pagination) page2.get("pagination")).total());
    }

    @Test
    void anotherUsersEntriesAnswer404() {
        long id = body(create(asAda, null, "2026-01-10T09:00:00", "2026-01-10T10:00:00")).get("time_entry").get("id").asLong();
        SecurityContext bob = TimeFixture.as(TimeFixture.user(2, ZoneOffset.UTC));
        assertEquals(404, assertThrows(ApiException.class, () -> f.entryResource.get(bob, String.valueOf(id))).status());
        assertEquals(404, assertThrows(ApiException.class, () -> f.entryResource.delete(bob, String.valueOf(id))).status());
        assertEquals(404, assertThrows(ApiException.class,
                () -> f.entryResource.list(bob, null, "1", null, null, null, null, null, null)).status());
        assertEquals(0, list(bob, null, null, null).size());
        assertEquals(1, ((List<?>) f.entryResource.list(TimeFixture.as(TimeFixture.admin()), null, "1", null, null, null,
                null, null, null).get("time_entries")).size());
        assertEquals("Time entry deleted successfully", f.entryResource.delete(asAda, String.valueOf(id)).get("message"));
    }

    @Test
    void unknownFieldsAndAMissingStartAreFieldErrors() {
        ApiException e = assertThrows(ApiException.class, () -> f.entryResource.create(asAda, null,
                json("{'project_id': " + f.project + ", 'end_time': '2026-01-10T10:00:00', 'colour': 'red'}")));
        assertEquals(List.of("Unknown field."), e.errors().get("colour"));
        assertTrue(e.errors().containsKey("start_time"));
        assertEquals(0, f.entryCount());
    }

    @Test
    void aPatchChangesOnlyWhatItNames() {
        long id = body(create(asAda, null, "2026-01-10T09:00:00", "2026-01-10T10:00:00")).get("time_entry").get("id").asLong();
        f.entryResource.update(asAda, String.valueOf(id), json("{'notes': 'call', 'tags': ['a', 'b']}"));
        @SuppressWarnings("unchecked")
        Map<String, Object> e = (Map<String, Object>) f.entryResource.update(asAda, String.valueOf(id),
                json("{'billable': false}")).get("time_entry");
        assertEquals("call", e.get("notes"));
        assertEquals("a, b", e.get("tags"));
        assertEquals(List.of("a", "b"), e.get("tag_list"));
        assertEquals(false, e.get("billable"));
        assertEquals("2026-01-10T09:00:00", e.get("start_time"));
    }

    @Test
    void bulkAnswersSuccessAndAffected() {
        long id = body(create(asAda, null, "2026-01-10T09:00:00", "2026-01-10T10:00:00")).get("time_entry").get("id").asLong();
        Map<String, Object> answer = f.entryResource.bulk(asAda, json("{'entry_ids': [" + id + "], 'action': 'set_paid', 'value': true}"));
        assertEquals(Map.of("success", true, "affected", 1), answer);
        assertTrue(assertThrows(ApiException.class, () -> f.entryResource.bulk(asAda, json("{'entry_ids': [], 'action': 'delete'}")))
                .errors().containsKey("entry_ids"));
    }
}
