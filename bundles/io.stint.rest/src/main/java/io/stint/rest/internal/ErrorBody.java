package io.stint.rest.internal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** TimeTracker's error body; {@code errors} only when there are field errors. */
record ErrorBody(boolean success, String error, String message, String errorCode,
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> errors) {
}
