package io.stint.billing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.Response;


import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;

/** What the billing routes share on the wire: exact request bodies, path ids, query flags, times, envelopes. */
final class BillingWire {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private BillingWire() {
    }

    /** A path id; anything but a whole number is a 404, as an id that does not exist. */
    static long id(String raw, String what) {
        try {
            long id = Long.parseLong(raw);
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.notFound(what);
    }

    /** The {@code active_only} query flag: true unless {@code false} (or {@code 0}). */
    static boolean activeOnly(String raw) {
        if (raw == null || raw.isBlank()) {
            return true;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiException.invalidField("active_only", "Not a valid boolean.");
        };
    }

    /** Records "Missing data for required field." when {@code field} is required here (or sent as null) and has no value. */
    static void required(Input in, String field, Object value, boolean creating) {
        if ((creating || in.has(field)) && value == null && !in.failed(field)) {
            in.error(field, Checks.MISSING);
        }
    }

    /** {@code instant} as the naive local time in {@code zone}, to the second; null stays null. */
    static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LOCAL.format(LocalDateTime.ofInstant(instant, zone));
    }

    /** A day as {@code YYYY-MM-DD}; null stays null. */
    static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }

    /** {@code {"message": message, key: value}}. */
    static Map<String, Object> message(String message, String key, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put(key, value);
        return body;
    }

    /** 201 {@code {"message": message, key: value}}. */
    static Response created(String message, String key, Object value) {
        return Response.status(Response.Status.CREATED).entity(message(message, key, value)).build();
    }
}
