package io.stint.tracking.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stint.rest.api.ApiException;

/** Field errors found while checking a draft, answered together as one 400 {@code validation_error}. */
final class CatalogChecks {

    static final String REQUIRED = "Missing data for required field.";

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    CatalogChecks error(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    /** A required text: present and not blank, at most {@code max} characters. */
    CatalogChecks required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return error(field, REQUIRED);
        }
        return length(field, value, max);
    }

    /** A required value of any type. */
    CatalogChecks required(String field, Object value) {
        return value == null ? error(field, REQUIRED) : this;
    }

    /** An optional text of at most {@code max} characters. */
    CatalogChecks length(String field, String value, int max) {
        return value != null && value.length() > max ? error(field, "Longer than maximum length " + max + ".") : this;
    }

    /** An optional value among {@code choices}. */
    CatalogChecks oneOf(String field, String value, Collection<String> choices) {
        return value != null && !choices.contains(value)
                ? error(field, "Must be one of: " + String.join(", ", choices) + ".") : this;
    }

    /** An optional number that must not be negative. */
    CatalogChecks notNegative(String field, Long value) {
        return value != null && value < 0 ? error(field, "Must be greater than or equal to 0.") : this;
    }

    boolean failed(String field) {
        return errors.containsKey(field);
    }

    /** @throws ApiException 400 {@code validation_error} with every error found */
    void check() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }
}
