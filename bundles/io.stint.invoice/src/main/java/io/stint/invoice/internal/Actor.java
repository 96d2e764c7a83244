package io.stint.invoice.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import io.stint.security.api.Caller;
import io.stint.tracking.api.TimeAccess;

/**
 * Who acts on invoices: a non-admin reaches only the invoices they made and bills only their own
 * time, blocks and expenses; an admin reaches and bills everyone's.
 *
 * @param zone the user's time zone: days of dates and date filters
 */
record Actor(long userId, boolean admin, ZoneId zone) {

    static Actor of(Caller caller) {
        return new Actor(caller.userId(), caller.isAdmin(), caller.zone());
    }

    TimeAccess access() {
        return new TimeAccess(userId, admin);
    }

    /** Whether the actor may reach an invoice made by {@code createdBy}. */
    boolean reaches(long createdBy) {
        return admin || createdBy == userId;
    }

    /** Today in the actor's zone. */
    LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }
}
