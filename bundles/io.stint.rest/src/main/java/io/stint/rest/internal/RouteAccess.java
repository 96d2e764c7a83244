package io.stint.rest.internal;

/**
 * What a route asks of its caller, as its resource method declares it: nothing
 * ({@code @PermitAll}), a scope ({@code @RolesAllowed}), or any valid token (no annotation).
 *
 * @param open whether the route answers without a token
 * @param scope the scope it requires, or null
 */
record RouteAccess(boolean open, String scope) {

    static final RouteAccess PUBLIC = new RouteAccess(true, null);
    static final RouteAccess TOKEN = new RouteAccess(false, null);

    static RouteAccess scope(String scope) {
        return new RouteAccess(false, scope);
    }

    /** Finds the access of one route of a resource service, or null when it cannot tell. */
    @FunctionalInterface
    interface Lookup {
        RouteAccess find(long serviceId, String verb, String path);
    }
}
