package io.stint.tracking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stint.rest.api.ApiException;
import io.stint.testkit.TestDatabase;
import io.stint.store.api.Sql;

/** A fresh database with the module's migrations and the catalog services over it. */
final class CatalogFixture {

    static final ObjectMapper JSON = new ObjectMapper();

    final TestDatabase db = TestDatabase.ofModule();
    final CatalogSettings settings = new CatalogSettings("EUR");
    final CatalogNames names = new CatalogNames(db.transactions());
    final ClientServiceImpl clients = new ClientServiceImpl(db.transactions(), settings, names);
    final ProjectServiceImpl projects = new ProjectServiceImpl(db.transactions(), settings, names);
    final TaskServiceImpl tasks = new TaskServiceImpl(db.transactions(), names);
    final ExpenseServiceImpl expenses = new ExpenseServiceImpl(db.transactions(), settings);

    /** A finished time entry of {@code seconds} on a project (and a task, or null). */
    void trackedTime(long projectId, Long taskId, long seconds) {
        Instant start = Instant.parse("2026-01-15T09:00:00Z");
        db.transactions().run(c -> Sql.insert(c, "INSERT INTO TRACKING_TIME_ENTRIES (USER_ID, PROJECT_ID, TASK_ID, "
                + "START_AT, END_AT, DURATION_SECONDS, CREATED_AT, UPDATED_AT) VALUES (1, ?, ?, ?, ?, ?, ?, ?)",
                projectId, taskId, start, start.plusSeconds(seconds), seconds, start, start));
    }

    /** A running timer on a project: its time is not counted yet. */
    void runningTimer(long projectId) {
        Instant start = Instant.parse("2026-01-15T09:00:00Z");
        db.transactions().run(c -> Sql.insert(c, "INSERT INTO TRACKING_TIME_ENTRIES (USER_ID, PROJECT_ID, "
                + "START_AT, RUNNING_USER_ID, CREATED_AT, UPDATED_AT) VALUES (1, ?, ?, 1, ?, ?)", projectId, start, start, start));
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Asserts that {@code action} fails with a 400 naming exactly {@code fields}. */
    static ApiException assertFieldErrors(Runnable action, String... fields) {
        ApiException e = assertThrows(ApiException.class, action::run);
        assertEquals(400, e.status(), e.getMessage());
        assertEquals("validation_error", e.errorCode());
        assertEquals(java.util.Set.of(fields), e.errors().keySet(), e.errors().toString());
        return e;
    }

    static ApiException assertNotFound(Runnable action) {
        ApiException e = assertThrows(ApiException.class, action::run);
        assertEquals(404, e.status());
        assertEquals("not_found", e.errorCode());
        return e;
    }
}
