package io.stint.tracking.api;

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
}
