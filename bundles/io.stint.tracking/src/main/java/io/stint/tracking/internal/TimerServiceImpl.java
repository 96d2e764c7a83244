package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
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
import io.stint.store.api.Transactions;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimerAlreadyRunningException;
import io.stint.tracking.api.TimerService;

/** The timer as a running entry: RUNNING_USER_ID's unique constraint keeps it to one per user. */
@Component(service = { TimerService.class, TimerServiceImpl.class })
public final class TimerServiceImpl implements TimerService {

    private final Transactions tx;
    private final TimeEntryCounts counts;
    private final Clock clock;

    @Activate
    public TimerServiceImpl(@Reference Transactions tx, @Reference TimeEntryCounts counts) {
        this(tx, Clock.systemUTC(), counts);
    }

    TimerServiceImpl(Transactions tx, Clock clock, TimeEntryCounts counts) {
        this.tx = tx;
        this.counts = counts;
        this.clock = clock;
    }

    @Override
    public Optional<TimeEntry> running(long userId) {
        return tx.call(c -> TimeEntryRows.running(c, userId));
    }

    @Override
    public TimeEntry start(long userId, long projectId, Long taskId, String notes) {
        TimeEntry started = counts.writing(c -> {
            Map<String, List<String>> errors = new LinkedHashMap<>();
            TimeRefs.check(c, projectId, null, taskId, true, errors);
            if (!errors.isEmpty()) {
                throw ApiException.validation(errors);
            }
            Optional<TimeEntry> running = TimeEntryRows.running(c, userId);
            if (running.isPresent()) {
                throw new TimerAlreadyRunningException(running.get());
            }
            Instant now = clock.instant();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO TRACKING_TIME_ENTRIES (USER_ID, PROJECT_ID, "
                    + "TASK_ID, START_AT, RUNNING_USER_ID, NOTES, SOURCE, CREATED_AT, UPDATED_AT) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 'timer', ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, userId);
                ps.setLong(2, projectId);
                TimeEntryRows.setLong(ps, 3, taskId);
                ps.setObject(4, WireTimes.toDb(now.truncatedTo(ChronoUnit.SECONDS)));
                ps.setLong(5, userId);
                ps.setString(6, notes);
                ps.setObject(7, WireTimes.toDb(now.truncatedTo(ChronoUnit.SECONDS)));
                ps.setObject(8, WireTimes.toDb(now.truncatedTo(ChronoUnit.MICROS)));
                ps.executeUpdate();
                try (var keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return TimeEntryRows.find(c, keys.getLong(1)).orElseThrow();
                }
            } catch (SQLIntegrityConstraintViolationException e) {
                // a concurrent start won the race for RUNNING_USER_ID
                throw new TimerAlreadyRunningException(null);
            }
        });
        return started;
    }

    @Override
    public TimeEntry pause(long userId) {
        return counts.writing(c -> {
            TimeEntry e = runningOrFail(c, userId);
            if (e.paused()) {
                throw ApiException.badRequest("invalid_state", "Timer is already paused");
            }
            Instant now = now();
            return change(c, e, "PAUSED_AT = ?", WireTimes.toDb(now));
        });
    }

    @Override
    public TimeEntry resume(long userId) {
        return counts.writing(c -> {
            TimeEntry e = runningOrFail(c, userId);
            if (!e.paused()) {
                throw ApiException.badRequest("invalid_state", "Timer is not paused");
            }
            long breaks = e.breakSeconds() + pauseSeconds(e, now());
            return change(c, e, "PAUSED_AT = NULL, BREAK_SECONDS = ?", breaks);
        });
    }

    @Override
    public TimeEntry stop(long userId) {
        return counts.writing(c -> {
            TimeEntry e = runningOrFail(c, userId);
            Instant now = now();
            Instant end = now.isBefore(e.start()) ? e.start() : now;
            long breaks = e.breakSeconds() + pauseSeconds(e, end);
            long duration = Math.max(0, Duration.between(e.start(), end).getSeconds() - breaks);
            try (PreparedStatement ps = c.prepareStatement("UPDATE TRACKING_TIME_ENTRIES SET END_AT = ?, "
                    + "DURATION_SECONDS = ?, BREAK_SECONDS = ?, PAUSED_AT = NULL, RUNNING_USER_ID = NULL, UPDATED_AT = ? "
                    + "WHERE ID = ?")) {
                ps.setObject(1, WireTimes.toDb(end));
                ps.setLong(2, duration);
                ps.setLong(3, breaks);
                ps.setObject(4, WireTimes.toDb(clock.instant().truncatedTo(ChronoUnit.MICROS)));
                ps.setLong(5, e.id());
                ps.executeUpdate();
            }
            return TimeEntryRows.find(c, e.id()).orElseThrow();
        });
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static long pauseSeconds(TimeEntry e, Instant until) {
        return e.pausedAt() == null ? 0 : Math.max(0, Duration.between(e.pausedAt(), until).getSeconds());
    }

    private static TimeEntry runningOrFail(Connection c, long userId) throws SQLException {
        return TimeEntryRows.running(c, userId)
                .orElseThrow(() -> ApiException.badRequest("no_active_timer", "No active timer"));
    }

    private TimeEntry change(Connection c, TimeEntry e, String set, Object value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE TRACKING_TIME_ENTRIES SET " + set + ", UPDATED_AT = ? WHERE ID = ?")) {
            ps.setObject(1, value);
            ps.setObject(2, WireTimes.toDb(clock.instant().truncatedTo(ChronoUnit.MICROS)));
            ps.setLong(3, e.id());
            ps.executeUpdate();
        }
        return TimeEntryRows.find(c, e.id()).orElseThrow();
    }
}
