package io.stint.rest.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The page a client asked for: {@code page} from 1 (default 1), {@code per_page} from 1 to
 * {@value #MAX_PER_PAGE} (default {@value #DEFAULT_PER_PAGE}; larger values are capped).
 */
public record PageRequest(int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 50;
    public static final int MAX_PER_PAGE = 100;

    public PageRequest {
        if (page < 1 || perPage < 1 || perPage > MAX_PER_PAGE) {
            throw new IllegalArgumentException("page must be >= 1 and per_page within 1.." + MAX_PER_PAGE);
        }
    }

    /**
     * Reads the query parameters as given (either may be null).
     *
     * @throws ApiException 400 {@code validation_error} naming the parameter that is not a positive
     *         whole number
     */
    public static PageRequest of(String page, String perPage) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        int p = parse("page", page, 1, errors);
        int pp = parse("per_page", perPage, DEFAULT_PER_PAGE, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new PageRequest(p, Math.min(pp, MAX_PER_PAGE));
    }

    /** The number of items before this page, for {@code OFFSET}. */
    public long offset() {
        return (long) (page - 1) * perPage;
    }

    /** The envelope {@code {"<key>": items, "pagination": {...}}} for this page of {@code total} items. */
    public Map<String, Object> envelope(String key, List<?> items, long total) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(key, items);
        body.put("pagination", Pagination.of(this, total));
        return body;
    }

    private static int parse(String name, String value, int fallback, Map<String, List<String>> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.put(name, List.of("Must be a whole number of at least 1."));
        return fallback;
    }
}
