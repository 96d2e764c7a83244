package io.stint.tracking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import io.stint.rest.api.ApiException;
import io.stint.tracking.api.TimeEntry;

/** The timer through its resource and service, with a clock the test moves. */
class TimerServiceTest {

    private final TimeFixture f = new TimeFixture();
    private final jakarta.ws.rs.core.SecurityContext ada = TimeFixture.as(TimeFixture.user(1, ZoneOffset.UTC));

    private Response start() {
        return f.timerResource.start(ada, TimeFixture.json("{'project_id': " + f.project + ", 'notes': 'go'}"));
    }

    @Test
    void startingATimerAnswers201AndTheStatusShowsIt() {
        Response r = start();
        assertEquals(201, r.getStatus());
        @SuppressWarnings("unchecked")
        Map<String, Object> timer = (Map<String, Object>) ((Map<String, Object>) r.getEntity()).get("timer");
        assertEquals(true, timer.get("is_active"));
        assertEquals("timer", timer.get("source"));
        assertEquals("2026-01-15T12:00:00", timer.get("start_time"));
        assertNull(timer.get("end_time"));
        Map<String, Object> status = f.timerResource.status(ada);
        assertEquals(true, status.get("active"));
        assertNotNull(status.get("timer"));
    }

    @Test
    void aSecondStartIs409WithTheRunningTimer() {
        start();
        Response second = start();
        assertEquals(409, second.getStatus());
        @SuppressWarnings("unchecked")
        Map<String, Object> body = (Map<String, Object>) second.getEntity();
        assertEquals(false, body.get("success"));
        assertEquals("timer_already_running", body.get("error_code"));
        assertNotNull(body.get("timer"));
        assertEquals(1, f.entryCount());
    }

    @Test
    void aTimerOnAnArchivedProjectOrWithoutProjectIsRefused() {
        assertThrows(ApiException.class, () -> f.timerResource.start(ada, TimeFixture.json("{'project_id': " + f.archived + "}")));
        ApiException missing = assertThrows(ApiException.class, () -> f.timerResource.start(ada, null));
        assertTrue(missing.errors().containsKey("project_id"));
        assertEquals(0, f.entryCount());
    }

    @Test
    void pausedTimeBecomesBreakAndIsNotCounted() {
        f.timer.start(1, f.project, f.task, null);
        f.clock.advance(600);
        TimeEntry paused = f.timer.pause(1);
        assertNotNull(paused.pausedAt());
        f.clock.advance(300);
        TimeEntry resumed = f.timer.resume(1);
        assertNull(resumed.pausedAt());
        assertEquals(300, resumed.breakSeconds());
        f.clock.advance(900);
        f.timer.pause(1);
        f.clock.advance(120);
        TimeEntry stopped = f.timer.stop(1);
        assertEquals(420, stopped.breakSeconds(), "a pause in progress at stop is break too");
        assertEquals(600 + 900, stopped.durationSeconds());
        assertFalse(stopped.running());
        assertNull(stopped.pausedAt());
        assertTrue(f.timer.running(1).isEmpty());
        f.timer.start(1, f.project, null, null);
        assertEquals(2, f.entryCount(), "a stopped timer frees the user for the next");
    }

    @Test
    void pauseAndResumeInTheWrongStateAreInvalidState() {
        assertEquals("no_active_timer", assertThrows(ApiException.class, () -> f.timer.pause(1)).errorCode());
        assertEquals("no_active_timer", assertThrows(ApiException.class, () -> f.timer.stop(1)).errorCode());
        f.timer.start(1, f.project, null, null);
        assertEquals("invalid_state", assertThrows(ApiException.class, () -> f.timer.resume(1)).errorCode());
        f.timer.pause(1);
        ApiException twice = assertThrows(ApiException.class, () -> f.timer.pause(1));
        assertEquals(400, twice.status());
        assertEquals("invalid_state", twice.errorCode());
    }

    @Test
    void eachUserHasTheirOwnTimer() {
        f.timer.start(1, f.project, null, null);
        f.timer.start(2, f.project, null, null);
        assertEquals(false, f.timerResource.status(TimeFixture.as(TimeFixture.user(3, ZoneOffset.UTC))).get("active"));
        assertEquals(2, f.entryCount());
    }
}
