package io.stint.tracking.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Time entries: list, read, record, change and delete. Every method takes the acting user; a
 * non-admin reaches only their own entries, and another user's entry is reported as missing.
 * <p>
 * Invalid input is refused with an unchecked exception carrying field errors (in Stint's runtime
 * an {@code io.stint.rest.api.ApiException}); nothing is stored then.
 */
@ProviderType
public interface TimeEntryService {

    /** Bulk actions of {@link #bulk}. */
    List<String> BULK_ACTIONS = List.of("delete", "set_billable", "set_paid", "add_tag", "remove_tag");

    /** A page of entries; {@code query.userId()} must be the actor's own unless they are an admin. */
    TimeEntryPage list(TimeAccess actor, TimeEntryQuery query);

    /**
     * The entries of {@link #list}'s page without counting the whole listing: for reading a long
     * listing page by page (exports), where a count per page would cost as much as the reading.
     */
    List<TimeEntry> entries(TimeAccess actor, TimeEntryQuery query);

    /** The entry with {@code id}, if it exists and the actor may see it. */
    Optional<TimeEntry> find(TimeAccess actor, long id);

    /**
     * Records a finished entry: the project or client must exist (an archived project is refused),
     * the task must belong to the project, the end must follow the start, and the span must not
     * overlap another entry of the same user.
     */
    TimeEntry create(TimeAccess actor, TimeEntryDraft draft);

    /** Applies {@code changes} under the same rules as {@link #create}; empty if there is no such entry. */
    Optional<TimeEntry> update(TimeAccess actor, long id, TimeEntryChanges changes);

    /** Deletes the entry; false if there is no such entry. */
    boolean delete(TimeAccess actor, long id);

    /**
     * Applies one of {@link #BULK_ACTIONS} to the actor's entries among {@code ids} (an admin's: any),
     * leaving running timers alone, and returns how many entries it changed.
     *
     * @param value a Boolean for {@code set_billable} and {@code set_paid}, a tag for the tag actions
     */
    int bulk(TimeAccess actor, List<Long> ids, String action, Object value);

    /**
     * The finished, billable entries not yet on an invoice (no {@link TimeEntry#invoiceNumber()}) that
     * started in [{@code from}, {@code until}), oldest first: the actor's own, an admin's of every user.
     *
     * @param clientId only entries for this client (through their project, or directly), or null
     * @param projectId only this project's entries, or null
     * @param from the first start included, or null
     * @param until the first start no longer included, or null
     * @param limit at most this many entries
     * @since 1.1
     */
    List<TimeEntry> unbilled(TimeAccess actor, Long clientId, Long projectId, Instant from, Instant until, int limit);

    /**
     * Records that the entries with {@code ids} were billed on invoice {@code invoiceNumber} (at most
     * 50 characters), whoever owns them; the invoicing module calls it inside its own transaction.
     * Answers how many entries it marked.
     *
     * @since 1.1
     */
    int markInvoiced(List<Long> ids, String invoiceNumber);

    /**
     * Clears the invoice number of the entries with {@code ids}, so they can be billed again (their
     * invoice was cancelled). Answers how many entries it changed.
     *
     * @since 1.1
     */
    int clearInvoiced(List<Long> ids);
}
