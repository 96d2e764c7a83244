package io.stint.tracking.api;

/**
 * Which clients a list holds.
 *
 * @param search a text every listed client has in its name, e-mail or company (case-insensitive),
 *        or null for any
 * @param status the status every listed client has, or null for any
 */
public record ClientQuery(String search, String status) {

    /** Every client. */
    public static ClientQuery all() {
        return new ClientQuery(null, null);
    }
}
