package io.stint.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.stint.rest.api.ApiException;

class ErrorsTest {

    record Note(String text, int priority) {
    }

    private final ObjectMapper json = Json.mapper();

    @Test
    void anApiExceptionIsKeptAsItIs() {
        ApiException e = ApiException.conflict("timer_already_running", "A timer is already running");
        assertSame(e, Errors.of(new RuntimeException("wrapper", e)));
    }

    @Test
    void jaxRsStatusesKeepTheirStatusWithTimeTrackerCodes() {
        assertEquals("not_found", Errors.of(new NotFoundException()).errorCode());
        assertEquals(405, Errors.of(new NotAllowedException("GET")).status());
        assertEquals("unsupported_media_type", Errors.of(new NotSupportedException()).errorCode());
    }

    @Test
    void malformedJsonIsA400() {
        ApiException e = Errors.of(capture(() -> json.readValue("{\"text\": ", Note.class)));
        assertEquals(400, e.status());
        assertEquals("invalid_json", e.errorCode());
    }

    @Test
    void anUnknownFieldIsAValidationErrorOnThatField() {
        ApiException e = Errors.of(capture(() -> json.readValue("{\"text\":\"a\",\"colour\":\"red\"}", Note.class)));
        assertEquals(400, e.status());
        assertEquals("validation_error", e.errorCode());
        assertEquals(Map.of("colour", List.of("Unknown field.")), e.errors());
    }

    @Test
    void anArrayWhereAnObjectBelongsIsASchemaError() {
        ApiException e = Errors.of(capture(() -> json.readValue("[1,2]", Note.class)));
        assertEquals(Map.of("_schema", List.of("Invalid input type.")), e.errors());
    }

    @Test
    void aWrongValueTypeNamesTheField() {
        ApiException e = Errors.of(capture(() -> json.readValue("{\"text\":\"a\",\"priority\":\"high\"}", Note.class)));
        assertEquals(Map.of("priority", List.of("Not a valid value.")), e.errors());
    }

    @Test
    void anythingElseIsABare500WithoutItsMessage() {
        ApiException e = Errors.of(new IllegalStateException("secret table T_USERS is broken"));
        assertEquals(500, e.status());
        assertEquals("internal_error", e.errorCode());
        assertFalse(e.getMessage().contains("T_USERS"));
    }

    @Test
    void theBodyIsTimeTrackersShapeAndOmitsEmptyFieldErrors() throws Exception {
        ApiException e = Errors.fromStatus(404);
        String body = json.writeValueAsString(new ErrorBody(false, e.error(), e.getMessage(), e.errorCode(), e.errors()));
        assertEquals("{\"success\":false,\"error\":\"Not found\",\"message\":\"The requested resource was not found\","
                + "\"error_code\":\"not_found\"}", body);
    }

    private static Exception capture(ThrowingRunnable r) {
        try {
            r.run();
        } catch (Exception e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
