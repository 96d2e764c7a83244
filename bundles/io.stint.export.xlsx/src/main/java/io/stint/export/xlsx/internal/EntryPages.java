package io.stint.export.xlsx.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryService;

/**
 * Reads a filter's entries page by page, newest first, holding one page at a time.
 * <p>
 * Pages follow the last start read (keyset) instead of an offset: the database seeks rather than
 * skipping all earlier rows, and entries added meanwhile cannot shift a page. Starts are whole
 * seconds, so the next page asks for starts up to and including the last one and leaves out the
 * few entries already written with exactly that start (other users' entries may share it).
 */
final class EntryPages {

    private final TimeEntryService entries;
    private final EntryFilter filter;
    private final int pageSize;
    private Instant until;
    private Instant tieStart;
    private final Set<Long> tieIds = new HashSet<>();
    private boolean done;

    EntryPages(TimeEntryService entries, EntryFilter filter, int pageSize) {
        this.entries = entries;
        this.filter = filter;
        this.pageSize = pageSize;
        this.until = filter.until();
    }

    /** The next page, empty once every entry has been read. */
    List<TimeEntry> next() {
        if (done) {
            return List.of();
        }
        int limit = pageSize + tieIds.size();
        List<TimeEntry> page = entries.entries(filter.access(), filter.query(until, limit));
        List<TimeEntry> fresh = new ArrayList<>(page.size());
        for (TimeEntry e : page) {
            if (!(e.start().equals(tieStart) && tieIds.contains(e.id()))) {
                fresh.add(e);
            }
        }
        if (page.size() < limit) {
            done = true;
        }
        if (!fresh.isEmpty()) {
            Instant last = fresh.get(fresh.size() - 1).start();
            if (!last.equals(tieStart)) {
                tieStart = last;
                tieIds.clear();
            }
            for (TimeEntry e : fresh) {
                if (e.start().equals(last)) {
                    tieIds.add(e.id());
                }
            }
            until = last.plusSeconds(1);
        } else {
            done = true;
        }
        return fresh;
    }
}
