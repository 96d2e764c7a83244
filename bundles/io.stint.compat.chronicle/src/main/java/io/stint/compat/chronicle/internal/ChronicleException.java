package io.stint.compat.chronicle.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A failure answered in ChronicleCore's format {@code {"error": {"code", "message", "details"?}}}
 * with {@link #status()}.
 */
public final class ChronicleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient JsonNode details;

    public ChronicleException(int status, String code, String message, JsonNode details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** Further detail (Stint's field errors), or null. */
    public JsonNode details() {
        return details;
    }

    /** 400 {@code INVALID_REQUEST}. */
    static ChronicleException invalid(String message) {
        return new ChronicleException(400, "INVALID_REQUEST", message, null);
    }

    /** 404 {@code NOT_FOUND}. */
    static ChronicleException notFound(String message) {
        return new ChronicleException(404, "NOT_FOUND", message, null);
    }

    /** 409 {@code CONFLICT}. */
    static ChronicleException conflict(String message) {
        return new ChronicleException(409, "CONFLICT", message, null);
    }

    /** The error body. */
    ObjectNode body() {
        ObjectNode error = ChronicleJson.MAPPER.createObjectNode();
        error.put("code", code);
        error.put("message", getMessage());
        if (details != null && !details.isEmpty()) {
            error.set("details", details);
        }
        ObjectNode body = ChronicleJson.MAPPER.createObjectNode();
        body.set("error", error);
        return body;
    }
}
