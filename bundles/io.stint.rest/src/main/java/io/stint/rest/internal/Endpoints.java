package io.stint.rest.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;

/** The routes an application serves right now, read from the whiteboard's runtime view. */
record Endpoints(Map<String, String> groups, List<String> routes) {

    /**
     * Groups: a route's first segment ({@code time-entries} → {@code time_entries}) to its base path.
     * Routes: {@code "GET /api/v1/..."}, sorted. Arrays the runtime leaves null count as empty.
     */
    static Endpoints of(RuntimeDTO runtime, String applicationName) {
        Map<String, String> groups = new TreeMap<>();
        TreeSet<String> routes = new TreeSet<>();
        for (ApplicationDTO app : orEmpty(runtime == null ? null : runtime.applicationDTOs)) {
            if (!applicationName.equals(app.name)) {
                continue;
            }
            for (ResourceDTO resource : orEmpty(app.resourceDTOs)) {
                for (ResourceMethodInfoDTO method : orEmpty(resource.resourceMethods)) {
                    String path = join(app.base, method.path);
                    routes.add(method.method + " " + path);
                    String relative = join("", method.path);
                    String first = relative.length() > 1 ? relative.substring(1).split("/", 2)[0] : "";
                    if (!first.isEmpty() && !first.startsWith("{")) {
                        groups.put(first.replace('-', '_'), join(app.base, first));
                    }
                }
            }
        }
        return new Endpoints(groups, List.copyOf(routes));
    }

    private static <T> List<T> orEmpty(T[] array) {
        return array == null ? List.of() : Arrays.asList(array);
    }

    /** Joins path parts with single slashes, no trailing slash, always a leading one. */
    static String join(String base, String path) {
        String joined = ("/" + (base == null ? "" : base) + "/" + (path == null ? "" : path)).replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
