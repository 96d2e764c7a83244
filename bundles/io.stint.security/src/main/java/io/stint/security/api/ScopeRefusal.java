package io.stint.security.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The 403 of a missing scope, exactly as Stint's authentication filter answers it, for routes whose
 * scope depends on the request (an exporter's data scope, an AI action's).
 */
public final class ScopeRefusal {

    private ScopeRefusal() {
    }

    /** Null when {@code caller} holds {@code scope} (or no scope is needed), otherwise the 403 answer. */
    public static Response unless(Caller caller, String scope) {
        if (scope == null || caller.has(scope)) {
            return null;
        }
        return of(caller, scope);
    }

    /** The 403 answer to {@code caller} for lacking {@code scope}. */
    public static Response of(Caller caller, String scope) {
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
