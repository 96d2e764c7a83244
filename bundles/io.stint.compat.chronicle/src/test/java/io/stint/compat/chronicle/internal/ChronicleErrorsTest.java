package io.stint.compat.chronicle.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;

class ChronicleErrorsTest {

    @Test
    void stintsNotFoundBecomesChronicleCoresMessage() {
        ChronicleException e = ChronicleErrors.translate(ApiException.notFound("Block"), "Block not found", null);
        assertEquals(404, e.status());
        assertEquals("NOT_FOUND", e.code());
        assertEquals("Block not found", e.getMessage());
    }

    @Test
    void aDuplicateNameIsAConflictWhetherStintSays409OrANameFieldError() {
        ChronicleException conflict = ChronicleErrors.translate(ApiException.conflict("duplicate", "taken"), null,
                "Service name already exists");
        assertEquals(409, conflict.status());
        assertEquals("CONFLICT", conflict.code());
        assertEquals("Service name already exists", conflict.getMessage());

        ChronicleException field = ChronicleErrors.translate(
                ApiException.invalidField("name", "A client with this name already exists."), null, "Client name already exists");
        assertEquals(409, field.status());
        assertEquals("Client name already exists", field.getMessage());

        ChronicleException other = ChronicleErrors.translate(ApiException.invalidField("name", "Longer than 200."), null,
                "Client name already exists");
        assertEquals(400, other.status(), "another name error stays a 400");
    }

    @Test
    void fieldErrorsBecomeTheMessageAndTheDetails() {
        ChronicleException e = ChronicleErrors.fromApi(ApiException.validation(Map.of(
                "target_profile_id", List.of("Unknown or deleted profile."), "confidence_boost", List.of("Out of range."))));
        assertEquals(400, e.status());
        assertEquals("INVALID_REQUEST", e.code());
        assertEquals("confidence_boost: Out of range.", e.getMessage());
        JsonNode body = e.body();
        assertEquals("Unknown or deleted profile.", body.get("error").get("details").get("target_profile_id").get(0).asText());
    }

    @Test
    void aNamedFieldGetsChronicleCoresWordsAndKeepsStintsInTheDetails() {
        ApiException stint = ApiException.invalidField("target_profile_id", "Unknown or deleted profile.");
        ChronicleException e = ChronicleErrors.field(stint, "target_profile_id", "target_profile_id does not exist or is inactive");
        assertEquals("target_profile_id does not exist or is inactive", e.getMessage());
        assertTrue(e.details().has("target_profile_id"));
        assertNull(ChronicleErrors.field(stint, "target_service_id", "x"));
        assertNull(ChronicleErrors.field(ApiException.notFound("Rule"), "target_profile_id", "x"));
    }

    @Test
    void theBodyIsChronicleCoresErrorObjectWithDetailsOnlyWhenThereAreAny() {
        JsonNode body = ChronicleException.invalid("No fields to update").body();
        assertEquals(1, body.size());
        JsonNode error = body.get("error");
        assertEquals("INVALID_REQUEST", error.get("code").asText());
        assertEquals("No fields to update", error.get("message").asText());
        assertFalse(error.has("details"));
    }

    @Test
    void malformedJsonIsAnInvalidRequest() {
        ChronicleException e = ChronicleErrors.of(new ProcessingException(new JsonParseException(null, "Unexpected character")));
        assertEquals(400, e.status());
        assertEquals("Invalid JSON", e.getMessage());
    }

    @Test
    void jerseysRefusalsKeepTheirStatusWithChronicleCodes() {
        assertEquals("METHOD_NOT_ALLOWED", ChronicleErrors.of(new NotAllowedException("GET")).code());
        assertEquals(405, ChronicleErrors.of(new NotAllowedException("GET")).status());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", ChronicleErrors.of(new NotSupportedException()).code());
        assertEquals("PAYLOAD_TOO_LARGE", ChronicleErrors.tooLarge().code());
    }

    @Test
    void ourOwnFailuresAreABare500() {
        ChronicleException e = ChronicleErrors.of(new IllegalStateException("secret SQL detail"));
        assertEquals(500, e.status());
        assertEquals("INTERNAL_ERROR", e.code());
        assertFalse(e.getMessage().contains("secret"));
        ChronicleException stint = ChronicleErrors.fromApi(new ApiException(500, "x", "y", "stack detail", null));
        assertFalse(stint.getMessage().contains("detail"));
    }
}
