package io.stint.tracking.api;

import java.time.Instant;

/**
 * A client: whom projects are done for.
 *
 * @param id the client's id
 * @param name unique among clients
 * @param email contact e-mail, or null
 * @param company company name, or null
 * @param phone phone number, or null
 * @param address postal address, or null
 * @param defaultRateMinor the default hourly rate in minor units of {@code currency}, or null
 * @param currency the ISO-4217 currency of the rates of this installation
 * @param status {@link #ACTIVE} or {@link #INACTIVE} (archived)
 * @param createdAt when the client was created
 * @param updatedAt when the client last changed
 * @param totalProjects the number of projects of this client, any status
 * @param activeProjects the number of its projects in status {@code active}
 */
public record Client(long id, String name, String email, String company, String phone, String address,
        Long defaultRateMinor, String currency, String status, Instant createdAt, Instant updatedAt,
        int totalProjects, int activeProjects) {

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";

    /** Whether the client is active: only active clients take new projects. */
    public boolean active() {
        return ACTIVE.equals(status);
    }

    /** The client's editable fields as they are, to start a change from. */
    public ClientDraft draft() {
        return new ClientDraft(name, email, company, phone, address, defaultRateMinor, status);
    }
}
