package io.stint.tracking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryDraft;
import io.stint.tracking.api.TimeEntryQuery;

/** A remembered list total follows every write through the services, and each database has its own. */
class TimeEntryCountsTest {

    private final TimeFixture f = new TimeFixture();
    private final TimeAccess ada = new TimeAccess(1, false);
    private final TimeEntryQuery onePerPage = new TimeEntryQuery(1L, null, null, null, null, true, 0, 1);

    private TimeEntry entry(TimeFixture fixture, int day) {
        String date = "2026-01-%02d".formatted(day);
        return fixture.entries.create(ada, new TimeEntryDraft(1, fixture.project, null, null,
                Instant.parse(date + "T09:00:00Z"), Instant.parse(date + "T10:00:00Z"), 0, null, null, true, false, null));
    }

    private long total(TimeFixture fixture) {
        return fixture.entries.list(ada, onePerPage).total();
    }

    @Test
    void theTotalFollowsCreatesDeletesAndTheTimer() {
        entry(f, 5);
        TimeEntry second = entry(f, 6);
        assertEquals(2, total(f));
        assertEquals(2, total(f), "asked again, unchanged");
        entry(f, 7);
        assertEquals(3, total(f));
        f.entries.delete(ada, second.id());
        assertEquals(2, total(f));
        f.timer.start(1, f.project, null, null);
        assertEquals(3, total(f), "the running entry is listed with include_active");
    }

    @Test
    void anotherDatabaseWithTheSameFilterHasItsOwnTotal() {
        entry(f, 5);
        entry(f, 6);
        assertEquals(2, total(f));
        TimeFixture other = new TimeFixture();
        entry(other, 5);
        entry(other, 6);
        entry(other, 7);
        assertEquals(3, total(other));
        assertEquals(2, total(f));
    }
}
