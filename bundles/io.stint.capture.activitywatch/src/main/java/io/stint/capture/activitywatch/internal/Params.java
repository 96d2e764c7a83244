package io.stint.capture.activitywatch.internal;

import java.time.Instant;

import jakarta.ws.rs.core.SecurityContext;

import io.stint.security.api.Caller;

/** Query parameters of {@code /api/0}, parsed or refused with 400. */
final class Params {

    private Params() {
    }

    static long user(SecurityContext context) {
        return Caller.of(context).userId();
    }

    /** An optional RFC 3339 bound given under either of two names (the first wins). */
    static Instant time(String name, String value, String alias) {
        return time(name, value != null && !value.isEmpty() ? value : alias);
    }

    /** An optional RFC 3339 bound, e.g. {@code start}, {@code end}. */
    static Instant time(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        Instant instant = AwTimes.parseOrNull(value);
        if (instant == null) {
            throw AwException.badRequest("Failed to parse " + name + ", datetime needs to be in rfc3339 format: " + value);
        }
        return instant;
    }

    /** {@code limit}: absent or negative means all. */
    static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return -1;
        }
        try {
            long limit = Long.parseLong(value.trim());
            return limit < 0 ? -1 : (int) Math.min(limit, Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            throw AwException.badRequest("limit must be an integer: " + value);
        }
    }

    /** A heartbeat's {@code pulsetime}: required, seconds, not negative. */
    static double pulsetime(String value) {
        if (value == null || value.isEmpty()) {
            throw AwException.badRequest("Missing query parameter pulsetime (seconds)");
        }
        try {
            double pulsetime = Double.parseDouble(value.trim());
            if (pulsetime < 0 || Double.isNaN(pulsetime) || Double.isInfinite(pulsetime)) {
                throw AwException.badRequest("Invalid pulsetime: must be non-negative, got " + value);
            }
            return pulsetime;
        } catch (NumberFormatException e) {
            throw AwException.badRequest("pulsetime must be a number of seconds: " + value);
        }
    }

    /** An event id from the path. */
    static long eventId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new AwException(404, "The requested event '" + value + "' does not exist");
        }
    }
}
