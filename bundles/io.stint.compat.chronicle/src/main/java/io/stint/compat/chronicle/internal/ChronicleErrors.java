package io.stint.compat.chronicle.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.rest.api.ApiException;

/** Turns any failure into ChronicleCore's error; what is not the client's fault becomes a bare 500. */
final class ChronicleErrors {

    static final String INVALID_JSON = "Invalid JSON";

    private ChronicleErrors() {
    }

    static ChronicleException of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ChronicleException chronicle) {
                return chronicle;
            }
            if (t instanceof ApiException api) {
                return fromApi(api);
            }
            if (t instanceof JsonProcessingException) {
                return ChronicleException.invalid(INVALID_JSON);
            }
            if (t instanceof WebApplicationException web) {
                return fromStatus(web.getResponse().getStatus());
            }
        }
        return internal();
    }

    static ChronicleException internal() {
        return new ChronicleException(500, "INTERNAL_ERROR", "Internal server error", null);
    }

    /**
     * Stint's error for a call where ChronicleCore names its own messages: {@code notFound} for a
     * 404, {@code duplicate} for a name another object has (a 409, or Stint's 400 field error on
     * {@code name} saying so). Either may be null.
     */
    static ChronicleException translate(ApiException e, String notFound, String duplicate) {
        if (e.status() == 404 && notFound != null) {
            return ChronicleException.notFound(notFound);
        }
        if (duplicate != null && (e.status() == 409 || duplicateName(e))) {
            return ChronicleException.conflict(duplicate);
        }
        return fromApi(e);
    }

    /**
     * ChronicleCore's {@code message} for Stint's 400 field error on {@code field} (Stint's errors
     * stay in the details), or null when the failure is not about that field.
     */
    static ChronicleException field(ApiException e, String field, String message) {
        if (e.status() != 400 || e.errors() == null || !e.errors().containsKey(field)) {
            return null;
        }
        return new ChronicleException(400, code(400), message, fromApi(e).details());
    }

    /** Stint's failure with its status; field errors become the message and the details. */
    static ChronicleException fromApi(ApiException e) {
        int status = e.status();
        if (status >= 500) {
            return internal();
        }
        Map<String, List<String>> errors = e.errors();
        if (errors == null || errors.isEmpty()) {
            return new ChronicleException(status, code(status), e.getMessage(), null);
        }
        ObjectNode details = ChronicleJson.MAPPER.createObjectNode();
        StringBuilder message = new StringBuilder();
        errors.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(field -> {
            details.set(field.getKey(), ChronicleJson.MAPPER.valueToTree(field.getValue()));
            if (message.length() == 0 && !field.getValue().isEmpty()) {
                message.append(field.getKey().equals("_schema") ? "" : field.getKey() + ": ").append(field.getValue().get(0));
            }
        });
        return new ChronicleException(status, code(status), message.length() == 0 ? e.getMessage() : message.toString(),
                details);
    }

    static ChronicleException fromStatus(int status) {
        return switch (status) {
            case 400 -> ChronicleException.invalid("Invalid request");
            case 401 -> new ChronicleException(401, code(401), "Authentication required", null);
            case 403 -> new ChronicleException(403, code(403), "Insufficient permissions", null);
            case 404 -> ChronicleException.notFound("Not found");
            case 405 -> new ChronicleException(405, code(405), "Method not allowed", null);
            case 406 -> new ChronicleException(406, code(406), "Only application/json answers are produced here", null);
            case 413 -> tooLarge();
            case 415 -> new ChronicleException(415, code(415), "Unsupported media type: send application/json", null);
            default -> status >= 500 ? internal() : new ChronicleException(status, code(status), "Request failed", null);
        };
    }

    static ChronicleException tooLarge() {
        return new ChronicleException(413, code(413), "Request body too large", null);
    }

    /** ChronicleCore's code for a status; the ones it has no code for are named after the status. */
    static String code(int status) {
        return switch (status) {
            case 400 -> "INVALID_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 429 -> "RATE_LIMITED";
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "INVALID_REQUEST";
        };
    }

    private static boolean duplicateName(ApiException e) {
        List<String> name = e.status() == 400 && e.errors() != null ? e.errors().get("name") : null;
        return name != null && name.stream().anyMatch(m -> m.toLowerCase(Locale.ROOT).contains("already exists"));
    }
}
