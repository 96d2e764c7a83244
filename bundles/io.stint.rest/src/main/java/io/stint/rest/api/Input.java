package io.stint.rest.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A JSON request body read field by field, collecting TimeTracker-style field errors: an unknown
 * field is {@code ["Unknown field."]}, a body that is not an object is an {@code _schema} error. A
 * resource takes the body as {@link JsonNode}, reads what it needs, then calls {@link #validate()}.
 * <p>
 * Each getter distinguishes a field that is absent ({@link #has} false) from one sent as
 * {@code null}: a partial update changes only what is present.
 */
public final class Input {

    private final JsonNode body;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private Input(JsonNode body) {
        this.body = body;
    }

    /**
     * Reads {@code body}, which must be a JSON object whose fields are all in {@code allowed}.
     *
     * @throws ApiException 400 {@code validation_error} at once if the body is missing or not an
     *         object; unknown fields are reported with the other field errors by {@link #validate()}
     */
    public static Input of(JsonNode body, Set<String> allowed) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ApiException.validation(Map.of("_schema", List.of("A JSON object is required.")));
        }
        if (!body.isObject()) {
            throw ApiException.validation(Map.of("_schema", List.of("Invalid input type.")));
        }
        Input input = new Input(body);
        body.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                input.error(name, "Unknown field.");
            }
        });
        return input;
    }

    /**
     * A body of plain values as a map: strings, numbers (integers as {@link java.math.BigInteger},
     * fractions as exact {@link java.math.BigDecimal}), booleans, nulls, and lists of those. An
     * absent body is an empty map.
     *
     * @throws ApiException 400 {@code validation_error} if the body is not an object ({@code _schema})
     *         or a field holds an object or a nested list (that field)
     */
    public static Map<String, Object> scalars(JsonNode body) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (body == null || body.isMissingNode() || body.isNull()) {
            return values;
        }
        if (!body.isObject()) {
            throw ApiException.validation(Map.of("_schema", List.of("Invalid input type.")));
        }
        body.fields().forEachRemaining(f -> {
            JsonNode v = f.getValue();
            if (v.isArray()) {
                List<Object> items = new ArrayList<>();
                v.forEach(item -> items.add(scalar(f.getKey(), item)));
                values.put(f.getKey(), items);
            } else {
                values.put(f.getKey(), scalar(f.getKey(), v));
            }
        });
        return values;
    }

    private static Object scalar(String field, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isNumber()) {
            return v.isIntegralNumber() ? (Object) v.bigIntegerValue() : (Object) v.decimalValue();
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        throw ApiException.invalidField(field, "Must be a string, number, boolean or a list of them.");
    }

    /** Whether the body names {@code field}, null or not. */
    public boolean has(String field) {
        return body.has(field);
    }

    /** Records a field error. */
    public Input error(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    /** Whether a field error was recorded for {@code field}. */
    public boolean failed(String field) {
        return errors.containsKey(field);
    }

    /** @throws ApiException 400 {@code validation_error} with every field error recorded */
    public void validate() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    /** A required field: records "Missing data for required field." when absent or null. */
    public Input require(String field) {
        if (!has(field) || body.get(field).isNull()) {
            error(field, "Missing data for required field.");
        }
        return this;
    }

    /** A string of at most {@code max} characters, stripped; null when absent, null, or blank. */
    public String string(String field, int max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            error(field, "Not a valid string.");
            return null;
        }
        String s = n.asText().strip();
        if (s.length() > max) {
            error(field, "Longer than maximum length " + max + ".");
            return null;
        }
        return s.isEmpty() ? null : s;
    }

    /** One of {@code choices}; null when absent or null. */
    public String choice(String field, Set<String> choices) {
        String s = string(field, 100);
        if (s != null && !choices.contains(s)) {
            error(field, "Must be one of: " + String.join(", ", choices.stream().sorted().toList()) + ".");
            return null;
        }
        return s;
    }

    /** A whole number (a JSON integer, or a string of digits); null when absent or null. */
    public Long integer(String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong()) {
            return n.asLong();
        }
        if (n.isTextual()) {
            try {
                return Long.parseLong(n.asText().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(field, "Not a valid integer.");
        return null;
    }

    /** A decimal (a JSON number, or a numeric string); null when absent or null. */
    public BigDecimal decimal(String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isNumber()) {
            return n.decimalValue();
        }
        if (n.isTextual()) {
            try {
                return new BigDecimal(n.asText().strip());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        error(field, "Not a valid number.");
        return null;
    }

    /** A JSON boolean; null when absent or null. */
    public Boolean bool(String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        error(field, "Not a valid boolean.");
        return null;
    }

    /**
     * A string converted by {@code parse}; a parse failure (any runtime exception) records
     * {@code message}. Null when absent, null or blank.
     */
    public <T> T parsed(String field, Function<String, T> parse, String message) {
        String s = string(field, 100);
        if (s == null) {
            return null;
        }
        try {
            return parse.apply(s);
        } catch (RuntimeException e) {
            error(field, message);
            return null;
        }
    }

    /** A list of strings, or a comma-separated string; null when absent or null. */
    public List<String> strings(String field, int maxEach) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        if (n.isTextual()) {
            for (String part : n.asText().split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        } else if (n.isArray()) {
            for (JsonNode item : n) {
                if (!item.isTextual()) {
                    error(field, "Not a valid list of strings.");
                    return null;
                }
                if (!item.asText().isBlank()) {
                    values.add(item.asText().strip());
                }
            }
        } else {
            error(field, "Not a valid list of strings.");
            return null;
        }
        if (values.stream().anyMatch(v -> v.length() > maxEach)) {
            error(field, "An item is longer than " + maxEach + " characters.");
            return null;
        }
        return values;
    }

    /** The raw node, or null when absent. */
    public JsonNode node(String field) {
        return body.get(field);
    }
}
