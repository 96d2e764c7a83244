package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stint.security.api.Caller;
import io.stint.security.api.CallerContext;
import io.stint.security.api.UserDirectory;
import io.stint.security.api.UserSummary;
import io.stint.testkit.TestDatabase;

/** A fresh database with a client, projects and tasks, a clock the test moves, and callers. */
final class TimeFixture {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    final TestDatabase db = TestDatabase.ofModule();
    final MovableClock clock = new MovableClock(Instant.parse("2026-01-15T12:00:00Z"));
    final CatalogNames names = new CatalogNames(db.transactions());
    final TimeEntryCounts counts = new TimeEntryCounts(db.transactions());
    final TimeEntryServiceImpl entries = new TimeEntryServiceImpl(db.transactions(), clock, names, counts);
    final TimerServiceImpl timer = new TimerServiceImpl(db.transactions(), clock, counts);
    final IdempotencyService idempotency = new IdempotencyService(db.transactions(), clock);
    final ReportService reports = new ReportService(db.transactions(), clock);
    final UserDirectory users = id -> Optional.ofNullable(Map.of(
            1L, new UserSummary(1, "ada", "Ada Lovelace", "user", ZoneOffset.UTC, true),
            2L, new UserSummary(2, "bob", "Bob", "user", ZoneOffset.UTC, true),
            9L, new UserSummary(9, "root", "Root", "admin", ZoneOffset.UTC, true)).get(id));
    final TimeEntriesResource entryResource = new TimeEntriesResource(entries, idempotency, users, clock);
    final TimerResource timerResource = new TimerResource(timer, users, clock);
    final AnalyticsResource analytics = new AnalyticsResource(reports);

    final long client;
    final long project;
    final long otherProject;
    final long archived;
    final long task;
    final long otherTask;

    TimeFixture() {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            client = insert(c, "INSERT INTO TRACKING_CLIENTS (NAME, CREATED_AT, UPDATED_AT) "
                    + "VALUES ('Acme', CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP)");
            project = insert(c, "INSERT INTO TRACKING_PROJECTS (NAME, CLIENT_ID, CREATED_AT, UPDATED_AT) "
                    + "VALUES ('Website', " + client + ", CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP)");
            otherProject = insert(c, "INSERT INTO TRACKING_PROJECTS (NAME, CREATED_AT, UPDATED_AT) "
                    + "VALUES ('Internal', CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP)");
            archived = insert(c, "INSERT INTO TRACKING_PROJECTS (NAME, STATUS, ARCHIVED_AT, CREATED_AT, UPDATED_AT) "
                    + "VALUES ('Old', 'archived', CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP)");
            task = insert(c, "INSERT INTO TRACKING_TASKS (PROJECT_ID, NAME, CREATED_BY, CREATED_AT, UPDATED_AT) "
                    + "VALUES (" + project + ", 'Design', 1, CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP)");
            otherTask = insert(c, "INSERT INTO TRACKING_TASKS (PROJECT_ID, NAME, CREATED_BY, CREATED_AT, UPDATED_AT) "
                    + "VALUES (" + otherProject + ", 'Admin', 1, CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    long count(String sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long entryCount() {
        return count("SELECT COUNT(*) FROM TRACKING_TIME_ENTRIES");
    }

    static Caller user(long id, ZoneId zone) {
        return new Caller(id, "u" + id, Caller.ROLE_USER, zone, Set.of("*"), 100 + id);
    }

    static Caller admin() {
        return new Caller(9, "root", Caller.ROLE_ADMIN, ZoneOffset.UTC, Set.of("*"), 109);
    }

    static SecurityContext as(Caller caller) {
        return new CallerContext(caller, false);
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(String instant) {
            now = Instant.parse(instant);
        }

        void advance(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
