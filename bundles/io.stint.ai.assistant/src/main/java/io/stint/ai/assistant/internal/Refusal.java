package io.stint.ai.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.stint.security.api.Caller;

/** The 403 of a missing scope, in the body Stint's authentication filter answers. */
final class Refusal {

    private Refusal() {
    }

    /** Null when the caller holds {@code scope} (or no scope is needed), otherwise the 403 answer. */
    static Response unless(Caller caller, String scope) {
        if (scope == null || caller.has(scope)) {
            return null;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", "Insufficient permissions");
        body.put("message", "This endpoint requires the \"" + scope + "\" scope");
        body.put("error_code", "forbidden");
        body.put("required_scope", scope);
        body.put("available_scopes", new ArrayList<>(caller.scopes()));
        return Response.status(403).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
