package io.stint.security.internal;

import io.stint.rest.api.ApiException;

/** Path ids: anything but a whole number names nothing. */
final class Ids {

    private Ids() {
    }

    static long parse(String id, String what) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.notFound(what);
        }
    }
}
