package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.store.api.Migrations;
import io.stint.store.api.Transactions;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryChanges;
import io.stint.tracking.api.TimeEntryDraft;
import io.stint.tracking.api.TimeEntryPage;
import io.stint.tracking.api.TimeEntryQuery;
import io.stint.tracking.api.TimeEntryService;

/** Time entries in TRACKING_TIME_ENTRIES: validation, SQL and transactions. */
@Component(service = { TimeEntryService.class, TimeEntryServiceImpl.class })
@Migrations
public final class TimeEntryServiceImpl implements TimeEntryService {

    private static final String INSERT = "INSERT INTO TRACKING_TIME_ENTRIES (USER_ID, PROJECT_ID, CLIENT_ID, TASK_ID, "
            + "START_AT, END_AT, DURATION_SECONDS, BREAK_SECONDS, NOTES, TAGS, SOURCE, BILLABLE, PAID, INVOICE_NUMBER, "
            + "CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'manual', ?, ?, ?, ?, ?)";

    private static final String UPDATE = "UPDATE TRACKING_TIME_ENTRIES SET PROJECT_ID = ?, CLIENT_ID = ?, TASK_ID = ?, "
            + "START_AT = ?, END_AT = ?, DURATION_SECONDS = ?, BREAK_SECONDS = ?, NOTES = ?, TAGS = ?, BILLABLE = ?, "
            + "PAID = ?, INVOICE_NUMBER = ?, UPDATED_AT = ? WHERE ID = ?";

    private final Transactions tx;
    private final CatalogNames names;
    private final TimeEntryCounts counts;
    private final Clock clock;

    @Activate
    public TimeEntryServiceImpl(@Reference Transactions tx, @Reference CatalogNames names,
            @Reference TimeEntryCounts counts) {
        this(tx, Clock.systemUTC(), names, counts);
    }

    TimeEntryServiceImpl(Transactions tx, Clock clock, CatalogNames names, TimeEntryCounts counts) {
        this.tx = tx;
        this.names = names;
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public TimeEntryPage list(TimeAccess actor, TimeEntryQuery query) {
        if (!actor.admin() && (query.userId() == null || query.userId() != actor.userId())) {
            throw ApiException.notFound("User");
        }
        return tx.call(c -> TimeEntryListing.page(c, query, names, counts));
    }

    @Override
    public List<TimeEntry> entries(TimeAccess actor, TimeEntryQuery query) {
        if (!actor.admin() && (query.userId() == null || query.userId() != actor.userId())) {
            throw ApiException.notFound("User");
        }
        return tx.call(c -> TimeEntryListing.entries(c, query, names));
    }

    @Override
    public Optional<TimeEntry> find(TimeAccess actor, long id) {
        return tx.call(c -> TimeEntryRows.find(c, id)).filter(e -> actor.mayAccess(e.userId()));
    }

    @Override
    public TimeEntry create(TimeAccess actor, TimeEntryDraft d) {
        if (!actor.mayAccess(d.userId())) {
            throw ApiException.notFound("User");
        }
        Map<String, List<String>> errors = new LinkedHashMap<>();
        checkSpan(d.start(), d.end(), d.breakSeconds(), errors);
        return counts.writing(c -> {
            TimeRefs refs = TimeRefs.check(c, d.projectId(), d.clientId(), d.taskId(), true, errors);
            if (errors.isEmpty() && TimeEntryRows.overlaps(c, d.userId(), d.start(), d.end(), -1)) {
                TimeRefs.add(errors, "start_time", "The entry overlaps another time entry.");
            }
            if (!errors.isEmpty()) {
                throw ApiException.validation(errors);
            }
            Instant now = clock.instant();
            long duration = Duration.between(d.start(), d.end()).getSeconds() - d.breakSeconds();
            long id;
            try (PreparedStatement ps = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, d.userId());
                TimeEntryRows.setLong(ps, 2, d.projectId());
                TimeEntryRows.setLong(ps, 3, d.clientId());
                TimeEntryRows.setLong(ps, 4, d.taskId());
                ps.setObject(5, WireTimes.toDb(d.start()));
                ps.setObject(6, WireTimes.toDb(d.end()));
                ps.setLong(7, duration);
                ps.setLong(8, d.breakSeconds());
                ps.setString(9, d.notes());
                ps.setString(10, d.tags());
                ps.setBoolean(11, d.billable());
                ps.setBoolean(12, d.paid());
                ps.setString(13, d.invoiceNumber());
                ps.setObject(14, WireTimes.toDb(now.truncatedTo(ChronoUnit.SECONDS)));
                ps.setObject(15, WireTimes.toDb(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            Instant created = now.truncatedTo(ChronoUnit.SECONDS);
            return new TimeEntry(id, d.userId(), d.projectId(), d.clientId(), d.taskId(), d.start(), d.end(), duration,
                    d.breakSeconds(), null, d.notes(), d.tags(), TimeEntry.SOURCE_MANUAL, d.billable(), d.paid(),
                    d.invoiceNumber(), created, now.truncatedTo(ChronoUnit.MICROS), refs.projectName(),
                    refs.clientName(), refs.taskName());
        });
    }

    @Override
    public Optional<TimeEntry> update(TimeAccess actor, long id, TimeEntryChanges ch) {
        return counts.writing(c -> {
            Optional<TimeEntry> found = TimeEntryRows.find(c, id).filter(e -> actor.mayAccess(e.userId()));
            if (found.isEmpty()) {
                return Optional.<TimeEntry>empty();
            }
            TimeEntry e = found.get();
            if (ch.ifUpdatedAt() != null
                    && !ch.ifUpdatedAt().equals(e.updatedAt().truncatedTo(ChronoUnit.SECONDS))) {
                throw ApiException.conflict("conflict", "The time entry was changed by someone else; reload it and try again.");
            }
            Map<String, List<String>> errors = new LinkedHashMap<>();
            Long project = ch.projectId() == null ? e.projectId() : ch.projectId().orElse(null);
            Long client = ch.clientId() == null ? e.clientId() : ch.clientId().orElse(null);
            Long task = ch.taskId() == null ? e.taskId() : ch.taskId().orElse(null);
            Instant start = ch.start() == null ? e.start() : ch.start();
            Instant end = ch.end() == null ? e.end() : ch.end();
            long breaks = ch.breakSeconds() == null ? e.breakSeconds() : ch.breakSeconds();
            Long duration = null;
            if (e.running()) {
                if (ch.end() != null) {
                    TimeRefs.add(errors, "end_time", "Stop the timer to end a running entry.");
                }
            } else {
                checkSpan(start, end, breaks, errors);
                duration = Duration.between(start, end).getSeconds() - breaks;
            }
            TimeRefs.check(c, project, client, task, !java.util.Objects.equals(project, e.projectId()), errors);
            boolean moved = !start.equals(e.start()) || !java.util.Objects.equals(end, e.end());
            if (errors.isEmpty() && moved && end != null && TimeEntryRows.overlaps(c, e.userId(), start, end, id)) {
                TimeRefs.add(errors, "start_time", "The entry overlaps another time entry.");
            }
            if (!errors.isEmpty()) {
                throw ApiException.validation(errors);
            }
            boolean paid = ch.paid() == null ? e.paid() : ch.paid();
            try (PreparedStatement ps = c.prepareStatement(UPDATE)) {
                TimeEntryRows.setLong(ps, 1, project);
                TimeEntryRows.setLong(ps, 2, client);
                TimeEntryRows.setLong(ps, 3, task);
                ps.setObject(4, WireTimes.toDb(start));
                ps.setObject(5, WireTimes.toDb(end));
                TimeEntryRows.setLong(ps, 6, duration);
                ps.setLong(7, breaks);
                ps.setString(8, ch.notes() == null ? e.notes() : ch.notes().orElse(null));
                ps.setString(9, ch.tags() == null ? e.tags() : ch.tags().orElse(null));
                ps.setBoolean(10, ch.billable() == null ? e.billable() : ch.billable());
                ps.setBoolean(11, paid);
                ps.setString(12, ch.invoiceNumber() == null ? e.invoiceNumber() : ch.invoiceNumber().orElse(null));
                ps.setObject(13, WireTimes.toDb(nextUpdate(e.updatedAt())));
                ps.setLong(14, id);
                ps.executeUpdate();
            }
            return TimeEntryRows.find(c, id);
        });
    }

    @Override
    public boolean delete(TimeAccess actor, long id) {
        return counts.writing(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM TRACKING_TIME_ENTRIES WHERE ID = ? AND (? OR USER_ID = ?)")) {
                ps.setLong(1, id);
                ps.setBoolean(2, actor.admin());
                ps.setLong(3, actor.userId());
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public int bulk(TimeAccess actor, List<Long> ids, String action, Object value) {
        TimeEntryBulk bulk = TimeEntryBulk.of(ids, action, value);
        return counts.writing(c -> bulk.apply(c, actor, clock.instant()));
    }

    @Override
    public List<TimeEntry> unbilled(TimeAccess actor, Long clientId, Long projectId, Instant from, Instant until,
            int limit) {
        return tx.call(c -> TimeEntryInvoicing.unbilled(c, actor, clientId, projectId, from, until, limit));
    }

    @Override
    public int markInvoiced(List<Long> ids, String invoiceNumber) {
        java.util.Objects.requireNonNull(invoiceNumber, "invoiceNumber");
        return counts.writing(c -> TimeEntryInvoicing.mark(c, ids, invoiceNumber,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    @Override
    public int clearInvoiced(List<Long> ids) {
        return counts.writing(c -> TimeEntryInvoicing.mark(c, ids, null, clock.instant().truncatedTo(ChronoUnit.MICROS)));
    }

    /** Now, strictly after {@code previous}, so that an update always moves UPDATED_AT on. */
    private Instant nextUpdate(Instant previous) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return now.isAfter(previous) ? now : previous.plus(1, ChronoUnit.MICROS);
    }

    private static void checkSpan(Instant start, Instant end, long breakSeconds, Map<String, List<String>> errors) {
        if (start == null) {
            TimeRefs.add(errors, "start_time", "Missing data for required field.");
        }
        if (end == null) {
            TimeRefs.add(errors, "end_time", "Missing data for required field.");
        }
        if (breakSeconds < 0) {
            TimeRefs.add(errors, "break_seconds", "Must be at least 0.");
        }
        if (start == null || end == null) {
            return;
        }
        if (!end.isAfter(start)) {
            TimeRefs.add(errors, "end_time", "End time must be after start time.");
        } else if (breakSeconds > Duration.between(start, end).getSeconds()) {
            TimeRefs.add(errors, "break_seconds", "The break is longer than the entry.");
        }
    }
}
