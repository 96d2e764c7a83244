package io.stint.security.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.stint.security.api.Caller;
import io.stint.security.api.ScopeRefusal;

/** TimeTracker's 401, 403 and 429 answers, and the 403 of a failed csrf check. */
final class Refusals {

    private Refusals() {
    }

    static Response unauthorized(String error, String message) {
        return json(401, body(error, message, "unauthorized"));
    }

    static Response forbidden(String requiredScope, Caller caller) {
        return ScopeRefusal.of(caller, requiredScope);
    }

    static Response rateLimited(RateLimiter.Decision d) {
        Map<String, Object> body = body("Rate limit exceeded",
                "Too many requests: at most " + d.limitPerMinute() + " per minute and " + d.limitPerHour()
                        + " per hour per token. Retry after " + d.retryAfterSeconds() + " s.", "rate_limited");
        body.put("limit_per_minute", d.limitPerMinute());
        body.put("limit_per_hour", d.limitPerHour());
        body.put("remaining_per_minute", d.remainingPerMinute());
        body.put("remaining_per_hour", d.remainingPerHour());
        return Response.status(429).type(MediaType.APPLICATION_JSON_TYPE).entity(body)
                .header("Retry-After", d.retryAfterSeconds()).build();
    }

    /** A cookie-authenticated change that may come from another site. */
    static Response csrfFailed(String message) {
        return json(403, body("CSRF check failed", message, "csrf_failed"));
    }

    static Response tooManyLogins(long retryAfter) {
        return Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(body("Too many login attempts", "Too many failed logins; retry after " + retryAfter + " s.",
                        "rate_limited"))
                .header("Retry-After", retryAfter).build();
    }

    private static Map<String, Object> body(String error, String message, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("success", false);
        body.put("error", error);
        body.put("message", message);
        body.put("error_code", code);
        return body;
    }

    private static Response json(int status, Map<String, Object> body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
