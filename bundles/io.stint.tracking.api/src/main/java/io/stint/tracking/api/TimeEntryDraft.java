package io.stint.tracking.api;

import java.time.Instant;

/**
 * A finished entry to record.
 *
 * @param userId the owner (another user than the actor only for admins)
 * @param projectId the project, or null when {@code clientId} is given
 * @param clientId the client, or null when {@code projectId} is given
 * @param taskId a task of the project, or null
 * @param start the start
 * @param end the end, after the start
 * @param breakSeconds break inside the span, 0 to the span's length
 * @param notes free text, or null
 * @param tags comma-separated tags, or null
 * @param billable whether it is billable
 * @param paid whether it is paid
 * @param invoiceNumber the invoice number, or null
 */
public record TimeEntryDraft(long userId, Long projectId, Long clientId, Long taskId, Instant start, Instant end,
        long breakSeconds, String notes, String tags, boolean billable, boolean paid, String invoiceNumber) {
}
