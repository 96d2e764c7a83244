package io.stint.compat.chronicle.internal;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON request body read field by field as ChronicleCore reads it: unknown fields are ignored,
 * and a field that is absent or {@code null} is "not given". A value of the wrong type is a 400.
 */
final class Body {

    private final JsonNode node;

    private Body(JsonNode node) {
        this.node = node;
    }

    /** The body, which must be a JSON object. */
    static Body of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ChronicleException.invalid(ChronicleErrors.INVALID_JSON);
        }
        return new Body(body);
    }

    /** Whether {@code field} is given (present and not null). */
    boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** Whether the body names no field with a value. */
    boolean isEmpty() {
        var names = node.fieldNames();
        while (names.hasNext()) {
            if (has(names.next())) {
                return false;
            }
        }
        return true;
    }

    String text(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isTextual()) {
            throw ChronicleException.invalid(field + " must be a string");
        }
        return value.asText();
    }

    /** A text with surrounding white space removed; blank is not given. */
    String trimmed(String field) {
        String text = text(field);
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long integer(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ChronicleException.invalid(field + " must be an integer");
        }
        return value.asLong();
    }

    Integer int32(String field) {
        Long value = integer(field);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw ChronicleException.invalid(field + " is out of range");
        }
        return value == null ? null : value.intValue();
    }

    Boolean bool(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isBoolean()) {
            throw ChronicleException.invalid(field + " must be true or false");
        }
        return value.asBoolean();
    }

    /** A number exactly as sent (the JSON reader keeps decimals as {@link BigDecimal}). */
    BigDecimal decimal(String field) {
        if (!has(field)) {
            return null;
        }
        JsonNode value = node.get(field);
        if (!value.isNumber()) {
            throw ChronicleException.invalid(field + " must be a number");
        }
        return value.decimalValue();
    }
}
