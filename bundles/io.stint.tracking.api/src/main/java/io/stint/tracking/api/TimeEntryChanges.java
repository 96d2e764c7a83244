package io.stint.tracking.api;

import java.time.Instant;
import java.util.Optional;

/**
 * A partial update of an entry. A null component leaves the value as it is; for the components
 * that may be cleared, {@code Optional.empty()} clears it.
 *
 * @param projectId a new project, or empty to leave the entry to its client only
 * @param clientId a new client, or empty to clear it
 * @param taskId a new task, or empty to clear it
 * @param start a new start
 * @param end a new end
 * @param breakSeconds a new break length
 * @param notes new notes, or empty to clear them
 * @param tags new tags, or empty to clear them
 * @param billable a new billable flag
 * @param paid a new paid flag
 * @param invoiceNumber a new invoice number, or empty to clear it
 * @param ifUpdatedAt when given, the update applies only if the entry was last updated in that
 *        same second (optimistic concurrency)
 */
public record TimeEntryChanges(Optional<Long> projectId, Optional<Long> clientId, Optional<Long> taskId,
        Instant start, Instant end, Long breakSeconds, Optional<String> notes, Optional<String> tags,
        Boolean billable, Boolean paid, Optional<String> invoiceNumber, Instant ifUpdatedAt) {

    /** No change at all. */
    public static TimeEntryChanges none() {
        return new TimeEntryChanges(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
