package io.stint.tracking.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;

/** What the catalog resources share on the wire: path ids, query filters, hours, envelopes. */
final class CatalogWire {

    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private CatalogWire() {
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

    /** An optional numeric query filter. */
    static Long queryId(String raw, String param) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(param, "Not a valid integer.");
        }
    }

    /** An optional query filter among {@code choices}. */
    static String queryChoice(String raw, String param, Collection<String> choices) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (!choices.contains(value)) {
            throw ApiException.invalidField(param, "Must be one of: " + String.join(", ", choices) + ".");
        }
        return value;
    }

    /** An optional date query filter, {@code YYYY-MM-DD}; a date-time counts as its date. */
    static LocalDate queryDate(String raw, String param) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        try {
            return LocalDate.parse(value.length() > 10 && value.charAt(10) == 'T' ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(param, "Not a valid date (YYYY-MM-DD).");
        }
    }

    /** Seconds as hours with at most two decimals, e.g. 1.5; null stays null. */
    static BigDecimal hours(Long seconds) {
        if (seconds == null) {
            return null;
        }
        BigDecimal h = BigDecimal.valueOf(seconds).divide(SECONDS_PER_HOUR, 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return h.scale() < 0 ? h.setScale(0) : h;
    }

    /** Decimal hours as whole seconds; null stays null. */
    static Long seconds(BigDecimal hours) {
        return hours == null ? null : hours.multiply(SECONDS_PER_HOUR).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A decimal amount as minor units; more decimals than the currency has is a field error. */
    static Long minor(BigDecimal amount, int digits, String field) {
        if (amount == null) {
            return null;
        }
        try {
            return Money.minor(amount, digits);
        } catch (ArithmeticException e) {
            throw ApiException.invalidField(field, digitsMessage(digits));
        }
    }

    /** A money field of {@code in} as minor units, recording a field error when it does not fit. */
    static Long minor(Input in, String field, int digits) {
        try {
            return minor(in.decimal(field), digits, field);
        } catch (ApiException e) {
            in.error(field, digitsMessage(digits));
            return null;
        }
    }

    /** An hours field of {@code in} as whole seconds, recording a field error when it is out of range. */
    static Long seconds(Input in, String field) {
        try {
            return seconds(in.decimal(field));
        } catch (ArithmeticException e) {
            in.error(field, "Number out of range.");
            return null;
        }
    }

    private static String digitsMessage(int digits) {
        return digits == 0 ? "Must be a whole amount in this currency."
                : "At most " + digits + " decimal places are allowed in this currency.";
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
