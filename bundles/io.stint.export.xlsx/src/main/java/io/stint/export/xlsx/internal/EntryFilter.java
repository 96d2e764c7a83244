package io.stint.export.xlsx.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.stint.export.api.ExportException;
import io.stint.export.api.ExportRequest;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntryQuery;

/**
 * The time-entry list's filters as export parameters, checked: dates are whole days in the user's
 * zone (the end date included), and a non-admin exports only their own entries.
 */
record EntryFilter(TimeAccess access, ZoneId zone, LocalDate startDate, LocalDate endDate, Long userId,
        Long projectId, Boolean billable) {

    static final String START_DATE = "start_date";
    static final String END_DATE = "end_date";
    static final String PROJECT_ID = "project_id";
    static final String USER_ID = "user_id";
    static final String BILLABLE = "billable";

    static EntryFilter of(ExportRequest request) {
        LocalDate start = request.date(START_DATE).orElse(null);
        LocalDate end = request.date(END_DATE).orElse(null);
        if (start != null && end != null && end.isBefore(start)) {
            throw new ExportException(END_DATE, "Must not be before start_date.");
        }
        Long project = id(request, PROJECT_ID);
        Long user = id(request, USER_ID);
        if (!request.admin()) {
            if (user != null && user != request.userId()) {
                throw new ExportException(USER_ID, "Only an administrator may export another user's time entries.");
            }
            // the list answers a non-admin's own entries only, so the query must name them
            user = request.userId();
        }
        Boolean billable = request.has(BILLABLE) ? request.bool(BILLABLE, false) : null;
        ZoneId zone = request.zone() == null ? ZoneId.of("UTC") : request.zone();
        return new EntryFilter(new TimeAccess(request.userId(), request.admin()), zone, start, end, user, project,
                billable);
    }

    private static Long id(ExportRequest request, String name) {
        return request.has(name) ? request.integer(name, 0, 1, Long.MAX_VALUE) : null;
    }

    /** The first instant of the start date in the zone, or null. */
    Instant from() {
        return startDate == null ? null : startDate.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the end date in the zone, or null. */
    Instant until() {
        return endDate == null ? null : endDate.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Finished entries starting in [{@link #from()}, {@code until}), newest first. */
    TimeEntryQuery query(Instant until, int limit) {
        return new TimeEntryQuery(userId, projectId, from(), until, billable, false, 0, limit);
    }

    /** The period as people read it, e.g. {@code 2026-01-01 – 2026-01-31}. */
    String period() {
        if (startDate == null && endDate == null) {
            return "All dates";
        }
        if (endDate == null) {
            return "From " + startDate;
        }
        if (startDate == null) {
            return "Until " + endDate;
        }
        return startDate + " – " + endDate;
    }

    /** E.g. {@code time-entries-2026-01-01-2026-01-31.xlsx}. */
    String fileName() {
        String dates;
        if (startDate == null) {
            dates = endDate == null ? "all" : "until-" + endDate;
        } else {
            dates = endDate == null ? "from-" + startDate : startDate + "-" + endDate;
        }
        return "time-entries-" + dates + ".xlsx";
    }
}
