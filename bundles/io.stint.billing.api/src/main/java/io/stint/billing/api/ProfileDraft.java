package io.stint.billing.api;

/** A profile's editable fields: client, optional project (of that client), service, rate, optional display name. */
public record ProfileDraft(long clientId, Long projectId, long serviceId, long rateId, String name) {
}
