package io.stint.boot.internal;

import java.util.Collection;

/** Reads the HTTP runtime's {@code osgi.http.endpoint} property, which may be a String, array or collection. */
final class HttpEndpoints {

    private HttpEndpoints() {
    }

    static boolean any(Object endpoints) {
        if (endpoints instanceof String s) {
            return !s.isBlank();
        }
        if (endpoints instanceof String[] a) {
            for (String s : a) {
                if (s != null && !s.isBlank()) {
                    return true;
                }
            }
            return false;
        }
        if (endpoints instanceof Collection<?> c) {
            return c.stream().anyMatch(e -> e != null && !e.toString().isBlank());
        }
        return false;
    }
}
