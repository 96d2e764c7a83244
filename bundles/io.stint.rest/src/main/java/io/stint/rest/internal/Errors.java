package io.stint.rest.internal;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.stint.rest.api.ApiException;

/** Turns any failure into an {@link ApiException}; what is not the client's fault becomes a bare 500. */
final class Errors {

    private Errors() {
    }

    static ApiException of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
            if (t instanceof JsonProcessingException json) {
                return fromJson(json);
            }
            if (t instanceof WebApplicationException web) {
                return fromStatus(web.getResponse().getStatus());
            }
        }
        return internal();
    }

    static ApiException internal() {
        return new ApiException(500, "internal_error", "Internal server error",
                "An unexpected error occurred; it has been logged", null);
    }

    static ApiException fromStatus(int status) {
        return switch (status) {
            case 400 -> ApiException.badRequest("bad_request", "The request could not be understood");
            case 401 -> new ApiException(401, "unauthorized", "Authentication required", "Authentication required", null);
            case 403 -> new ApiException(403, "forbidden", "Insufficient permissions", "Insufficient permissions", null);
            case 404 -> new ApiException(404, "not_found", "Not found", "The requested resource was not found", null);
            case 405 -> new ApiException(405, "method_not_allowed", "Method not allowed",
                    "The method is not allowed for the requested resource", null);
            case 406 -> new ApiException(406, "not_acceptable", "Not acceptable",
                    "The resource cannot produce the media type the request accepts", null);
            case 413 -> tooLarge();
            case 415 -> new ApiException(415, "unsupported_media_type", "Unsupported media type",
                    "The request body's content type is not supported here; send application/json", null);
            default -> status >= 500 ? internal()
                    : new ApiException(status, "http_" + status, "Request failed", "Request failed with status " + status, null);
        };
    }

    static ApiException tooLarge() {
        return new ApiException(413, "payload_too_large", "Payload too large", "The request body is too large", null);
    }

    private static ApiException fromJson(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return ApiException.validation(Map.of(fieldOf(unknown), List.of("Unknown field.")));
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            JsonMappingException mapping = (JsonMappingException) e;
            String field = fieldOf(mapping);
            String message = field.equals("_schema") ? "Invalid input type." : "Not a valid value.";
            return ApiException.validation(Map.of(field, List.of(message)));
        }
        if (e instanceof JsonMappingException) {
            return ApiException.validation(Map.of("_schema", List.of("Invalid input.")));
        }
        return ApiException.badRequest("invalid_json", "The request body is not valid JSON");
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0 && path.length() > 0) {
                path.append('.').append(ref.getIndex());
            }
        }
        return path.length() == 0 ? "_schema" : path.toString();
    }
}
