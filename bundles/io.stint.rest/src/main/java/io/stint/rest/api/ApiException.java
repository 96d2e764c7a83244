package io.stint.rest.api;

import java.util.List;
import java.util.Map;

/**
 * A failure a client caused or must know about. Stint answers it with its status and the body
 * {@code {"success": false, "error", "message", "error_code", "errors"?}}.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String error;
    private final String errorCode;
    private final Map<String, List<String>> errors;

    /**
     * @param status the HTTP status
     * @param errorCode machine-readable, e.g. {@code not_found}
     * @param error a short user-facing message
     * @param message the detailed message
     * @param errors field-level messages, or null
     */
    public ApiException(int status, String errorCode, String error, String message, Map<String, List<String>> errors) {
        super(message);
        this.status = status;
        this.errorCode = errorCode;
        this.error = error;
        this.errors = errors == null ? null : Map.copyOf(errors);
    }

    /** 400 {@code validation_error} with field-level messages. */
    public static ApiException validation(Map<String, List<String>> errors) {
        return new ApiException(400, "validation_error", "Validation failed", "Validation failed", errors);
    }

    /** 400 {@code validation_error} for one field. */
    public static ApiException invalidField(String field, String message) {
        return validation(Map.of(field, List.of(message)));
    }

    /** 400 with a code of the caller's choosing. */
    public static ApiException badRequest(String errorCode, String message) {
        return new ApiException(400, errorCode, message, message, null);
    }

    /** 404 {@code not_found}, e.g. {@code notFound("Project")}. */
    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what + " not found", what + " not found", null);
    }

    /** 409 with a code of the caller's choosing. */
    public static ApiException conflict(String errorCode, String message) {
        return new ApiException(409, errorCode, message, message, null);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String errorCode() {
        return errorCode;
    }

    /** Field-level messages, or null when there are none. */
    public Map<String, List<String>> errors() {
        return errors;
    }
}
