package io.stint.billing.api;

import java.time.Instant;

/**
 * A billing profile: whom, for what and at which rate time is billed.
 *
 * @param id the profile's id
 * @param clientId the client (one of Stint's clients)
 * @param clientName the client's name
 * @param projectId the project, or null
 * @param projectName the project's name, or null
 * @param serviceId the service
 * @param serviceName the service's name
 * @param rateId the rate
 * @param rateName the rate's name
 * @param hourlyMinor the rate's hourly amount in minor units
 * @param currency the rate's currency
 * @param name a display name, or null
 * @param active false once deleted (profiles are only ever soft-deleted)
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Profile(long id, long clientId, String clientName, Long projectId, String projectName, long serviceId,
        String serviceName, long rateId, String rateName, long hourlyMinor, String currency, String name,
        boolean active, Instant createdAt, Instant updatedAt) {

    /** Its editable fields as they are, to start a change from. */
    public ProfileDraft draft() {
        return new ProfileDraft(clientId, projectId, serviceId, rateId, name);
    }
}
