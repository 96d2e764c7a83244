package io.stint.tracking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryDraft;

/** The unbilled entries the invoicing module bills, and the invoice numbers it marks them with. */
class TimeEntryInvoicingTest {

    private final TimeFixture f = new TimeFixture();
    private final TimeAccess ada = new TimeAccess(1, false);
    private final TimeAccess bob = new TimeAccess(2, false);
    private final TimeAccess root = new TimeAccess(9, true);

    private TimeEntry entry(TimeAccess who, Long project, Long client, String start, boolean billable) {
        Instant from = Instant.parse(start);
        return f.entries.create(who, new TimeEntryDraft(who.userId(), project, client, null, from,
                from.plusSeconds(3600), 0, null, null, billable, false, null));
    }

    private List<Long> ids(List<TimeEntry> entries) {
        return entries.stream().map(TimeEntry::id).toList();
    }

    @Test
    void unbilledEntriesAreTheCallersBillableOnesOfTheClientInTheRangeOldestFirst() {
        TimeEntry late = entry(ada, f.project, null, "2026-01-12T09:00:00Z", true);
        TimeEntry direct = entry(ada, null, f.client, "2026-01-11T09:00:00Z", true);
        entry(ada, f.project, null, "2026-01-13T09:00:00Z", false);
        entry(ada, f.otherProject, null, "2026-01-12T11:00:00Z", true);
        entry(ada, f.project, null, "2026-01-20T09:00:00Z", true);
        TimeEntry bobs = entry(bob, f.project, null, "2026-01-12T13:00:00Z", true);

        List<TimeEntry> found = f.entries.unbilled(ada, f.client, null, Instant.parse("2026-01-10T00:00:00Z"),
                Instant.parse("2026-01-15T00:00:00Z"), 100);
        assertEquals(List.of(direct.id(), late.id()), ids(found), "through the project or directly, not another's");
        assertEquals(List.of(direct.id(), late.id(), bobs.id()), ids(f.entries.unbilled(root, f.client, null,
                Instant.parse("2026-01-10T00:00:00Z"), Instant.parse("2026-01-15T00:00:00Z"), 100)),
                "an admin bills every user's entries");
        assertEquals(List.of(late.id()), ids(f.entries.unbilled(ada, null, f.project, null,
                Instant.parse("2026-01-15T00:00:00Z"), 100)));
    }

    @Test
    void aMarkedEntryCarriesTheInvoiceNumberAndIsNoLongerUnbilledUntilCleared() {
        TimeEntry e = entry(ada, f.project, null, "2026-01-12T09:00:00Z", true);
        assertEquals(1, f.entries.markInvoiced(List.of(e.id()), "INV-20260115-0001"));
        TimeEntry marked = f.entries.find(ada, e.id()).orElseThrow();
        assertEquals("INV-20260115-0001", marked.invoiceNumber());
        assertEquals(List.of(), f.entries.unbilled(ada, f.client, null, null, null, 100));

        assertEquals(1, f.entries.clearInvoiced(List.of(e.id(), 999_999L)));
        assertNull(f.entries.find(ada, e.id()).orElseThrow().invoiceNumber());
        assertEquals(List.of(e.id()), ids(f.entries.unbilled(ada, f.client, null, null, null, 100)));
    }
}
