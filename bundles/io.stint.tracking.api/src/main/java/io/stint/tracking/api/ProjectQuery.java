package io.stint.tracking.api;

/**
 * Which projects a list holds.
 *
 * @param status the status every listed project has, or null for any
 * @param clientId the client every listed project belongs to, or null for any
 * @param search a text every listed project has in its name, code or description
 *        (case-insensitive), or null for any
 */
public record ProjectQuery(String status, Long clientId, String search) {

    /** Every project. */
    public static ProjectQuery all() {
        return new ProjectQuery(null, null, null);
    }
}
