package io.stint.rest.api;

/** Names of Stint's JAX-RS application, for resources and extensions to select it. */
public final class StintApi {

    /** The whiteboard name of the application serving {@link #BASE}. */
    public static final String APPLICATION_NAME = "stint";

    /** The filter that selects the application, for {@code @JakartarsApplicationSelect}. */
    public static final String APPLICATION_SELECT = "(osgi.jakartars.name=" + APPLICATION_NAME + ")";

    /** The path the application is served at. */
    public static final String BASE = "/api/v1";

    private StintApi() {
    }
}
