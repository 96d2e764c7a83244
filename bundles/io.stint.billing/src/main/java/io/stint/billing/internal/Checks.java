package io.stint.billing.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.stint.rest.api.ApiException;

/** Field errors collected while checking a draft, answered together as one 400. */
final class Checks {

    static final int MAX_NAME = 255;
    static final String MISSING = "Missing data for required field.";

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    Checks error(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    boolean failed(String field) {
        return errors.containsKey(field);
    }

    /** A name of at most {@value #MAX_NAME} characters (already stripped); null is an error when required. */
    Checks name(String field, String name, boolean required) {
        if (name == null) {
            if (required) {
                error(field, MISSING);
            }
        } else if (name.length() > MAX_NAME) {
            error(field, "Longer than maximum length " + MAX_NAME + ".");
        }
        return this;
    }

    /** @throws ApiException 400 {@code validation_error} with every error collected */
    void check() {
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    /** {@code s} stripped; blank or null is null. */
    static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The key a name is unique by: "Dev" and "dev" are the same name. */
    static String nameKey(String name) {
        return name == null ? null : name.toLowerCase(java.util.Locale.ROOT);
    }
}
