package io.stint.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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
    void fractionsAreReadAsExactDecimalsNeverAsBinaryFloatingPoint() throws Exception {
        JsonNode amount = json.readTree("{\"hourly_amount\": 150.10, \"small\": 0.29}");
        assertTrue(amount.get("hourly_amount").isBigDecimal());
        assertTrue(amount.get("small").isBigDecimal());
        // equal in value (trailing zeros may go), and exact: 0.29 as a double would be 0.28999999999999998
        assertEquals(0, new BigDecimal("150.10").compareTo(amount.get("hourly_amount").decimalValue()));
        assertEquals(0, new BigDecimal("0.29").compareTo(amount.get("small").decimalValue()));
    }

    @Test
    void malformedTextAndTrailingTokensAreRefusedWith400() {
        JsonProcessingException cut = assertThrows(JsonProcessingException.class, () -> json.readTree("{\"name\": "));
        assertEquals(400, Errors.of(cut).status());
        assertEquals("invalid_json", Errors.of(cut).errorCode());
        JsonProcessingException trailing = assertThrows(JsonProcessingException.class, () -> json.readTree("{} {}"));
        assertEquals(400, Errors.of(trailing).status());
    }

    @Test
    void paginationSerialisesAsTimeTrackerNamesIt() throws Exception {
        assertEquals("{\"page\":1,\"per_page\":50,\"total\":0,\"pages\":0,\"has_next\":false,\"has_prev\":false,"
                + "\"next_page\":null,\"prev_page\":null}", json.writeValueAsString(Pagination.of(PageRequest.of(null, null), 0)));
    }
}
