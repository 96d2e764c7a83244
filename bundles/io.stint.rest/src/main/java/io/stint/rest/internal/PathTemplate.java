package io.stint.rest.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A route path as OpenAPI writes it: {@code /notes/{id: [0-9]+}} becomes {@code /notes/{id}}, with
 * the names of its path parameters in order.
 */
record PathTemplate(String path, List<String> parameters) {

    /** Parses a path relative to the application; a malformed template is kept as it is. */
    static PathTemplate parse(String relative) {
        String joined = Endpoints.join("", relative);
        StringBuilder path = new StringBuilder();
        List<String> parameters = new ArrayList<>();
        int i = 0;
        while (i < joined.length()) {
            char c = joined.charAt(i);
            if (c != '{') {
                path.append(c);
                i++;
                continue;
            }
            int end = closingBrace(joined, i);
            if (end < 0) {
                return new PathTemplate(joined, List.of());
            }
            // A JAX-RS template may carry a regex after a colon ({id: \d{1,9}}); OpenAPI wants the name only.
            String name = joined.substring(i + 1, end).split(":", 2)[0].strip();
            if (!parameters.contains(name)) {
                parameters.add(name);
            }
            path.append('{').append(name).append('}');
            i = end + 1;
        }
        return new PathTemplate(path.toString(), List.copyOf(parameters));
    }

    /** The first path segment, unless it is a parameter or the path is the root. */
    String firstSegment() {
        String first = path.length() > 1 ? path.substring(1).split("/", 2)[0] : "";
        return first.startsWith("{") ? "" : first;
    }

    private static int closingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            if (s.charAt(i) == '{') {
                depth++;
            } else if (s.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
