package io.stint.billing.api;

import java.time.Instant;

/**
 * A kind of work billed, e.g. Bookkeeping or Development.
 *
 * @param id the service's id
 * @param name unique among services
 * @param active inactive services take no new profiles
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record Service(long id, String name, boolean active, Instant createdAt, Instant updatedAt) {

    /** Its editable fields as they are, to start a change from. */
    public ServiceDraft draft() {
        return new ServiceDraft(name, active);
    }
}
