package io.stint.tracking.api;

/**
 * The editable fields of a client, to create one or as the result of a change.
 *
 * @param name required, unique among clients
 * @param email contact e-mail, or null
 * @param company company name, or null
 * @param phone phone number, or null
 * @param address postal address, or null
 * @param defaultRateMinor the default hourly rate in minor units, not negative, or null
 * @param status {@link Client#ACTIVE} or {@link Client#INACTIVE}; null means active
 */
public record ClientDraft(String name, String email, String company, String phone, String address,
        Long defaultRateMinor, String status) {

    /** A new active client with only a name. */
    public static ClientDraft named(String name) {
        return new ClientDraft(name, null, null, null, null, null, null);
    }
}
