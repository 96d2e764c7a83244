package io.stint.tracking.api;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param entries the entries of the page
 * @param total how many entries the whole listing holds
 */
public record TimeEntryPage(List<TimeEntry> entries, long total) {

    public TimeEntryPage {
        entries = List.copyOf(entries);
    }
}
