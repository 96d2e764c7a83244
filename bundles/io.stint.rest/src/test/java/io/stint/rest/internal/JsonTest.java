package io.stint.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.stint.rest.api.PageRequest;
import io.stint.rest.api.Pagination;

class JsonTest {

    record Entry(long userId, LocalDateTime startTime, Instant createdAt) {
    }

    private final ObjectMapper json = Json.mapper();

    @Test
    void namesAreSnakeCaseAndTimesAreIsoStrings() throws Exception {
        Entry e = new Entry(7, LocalDateTime.parse("2026-01-09T15:30:00"), Instant.parse("2026-01-09T15:30:00Z"));
        assertEquals("{\"user_id\":7,\"start_time\":\"2026-01-09T15:30:00\",\"created_at\":\"2026-01-09T15:30:00Z\"}",
                json.writeValueAsString(e));
        assertEquals(e, json.readValue(json.writeValueAsString(e), Entry.class));
    }

    @Test
    void paginationSerialisesAsTimeTrackerNamesIt() throws Exception {
        assertEquals("{\"page\":1,\"per_page\":50,\"total\":0,\"pages\":0,\"has_next\":false,\"has_prev\":false,"
                + "\"next_page\":null,\"prev_page\":null}", json.writeValueAsString(Pagination.of(PageRequest.of(null, null), 0)));
    }
}
