package io.stint.tracking.internal;

import static io.stint.tracking.internal.TimeFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.SecurityContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.stint.rest.api.ApiException;

/** Chart data with day boundaries in the caller's zone (Tokyo, UTC+9), now 2026-01-15T12:00Z. */
class AnalyticsResourceTest {

    private final TimeFixture f = new TimeFixture();
    private final SecurityContext tokyo = TimeFixture.as(TimeFixture.user(1, ZoneId.of("Asia/Tokyo")));

    private void entry(SecurityContext who, String start, String end) {
        f.entryResource.create(who, null, json("{'project_id': " + f.project + ", 'start_time': '" + start
                + "', 'end_time': '" + end + "'}"));
    }

    @BeforeEach
    void entries() {
        // 00:30 in Tokyo is still the previous day in UTC: it counts on the 15th
        entry(tokyo, "2026-01-15T00:30:00", "2026-01-15T02:00:00");
        entry(tokyo, "2026-01-14T23:00:00", "2026-01-14T23:30:00");
        entry(TimeFixture.as(TimeFixture.user(2, ZoneId.of("UTC"))), "2026-01-15T01:00:00", "2026-01-15T09:00:00");
        f.timer.start(1, f.project, null, null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void hoursByDayBucketsByTheCallersLocalDay() {
        Map<String, Object> body = f.analytics.hoursByDay(tokyo, "3");
        List<String> labels = (List<String>) body.get("labels");
        assertEquals(List.of("2026-01-12", "2026-01-13", "2026-01-14", "2026-01-15"), labels);
        Map<String, Object> dataset = ((List<Map<String, Object>>) body.get("datasets")).get(0);
        assertEquals("Hours Worked", dataset.get("label"));
        assertEquals(List.of(0.0, 0.0, 0.5, 1.5), dataset.get("data"), "only the caller's finished entries");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdminSeesEveryonesHours() {
        Map<String, Object> body = f.analytics.hoursByDay(TimeFixture.as(TimeFixture.admin()), "1");
        Map<String, Object> dataset = ((List<Map<String, Object>>) body.get("datasets")).get(0);
        // the admin's zone is UTC: both Tokyo entries fall on the 14th there
        assertEquals(List.of(2.0, 8.0), dataset.get("data"));
    }

    @Test
    void summaryComparesWithThePreviousPeriod() {
        entry(tokyo, "2026-01-13T09:00:00", "2026-01-13T10:00:00");
        entry(tokyo, "2026-01-10T09:00:00", "2026-01-10T10:00:00");
        Map<String, Object> s = f.analytics.summary(tokyo, "2");
        assertEquals(3.0, s.get("total_hours"));
        assertEquals(3L, s.get("total_entries"));
        assertEquals(200.0, s.get("total_hours_change"), "3 h against 1 h in the 3 days before");
        assertEquals(3.0, s.get("billable_hours"));
        assertEquals(100.0, s.get("billable_percentage"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void forecastExtendsTheMovingAverage() {
        Map<String, Object> body = f.analytics.hoursForecast(tokyo, "6", "3");
        Map<String, Object> forecast = (Map<String, Object>) body.get("forecast");
        assertEquals(List.of("2026-01-16", "2026-01-17", "2026-01-18"), forecast.get("labels"));
        assertEquals(List.of(0.29, 0.29, 0.29), forecast.get("data"), "2 hours over the last 7 days");
        assertEquals(0.29, body.get("avg_daily_hours"));
    }

    @Test
    void outOfRangeParametersAre400() {
        assertEquals("validation_error", assertThrows(ApiException.class, () -> f.analytics.hoursForecast(tokyo, "30", "15")).errorCode());
        assertThrows(ApiException.class, () -> f.analytics.hoursByDay(tokyo, "0"));
        assertThrows(ApiException.class, () -> f.analytics.hoursByDay(tokyo, "366"));
        assertThrows(ApiException.class, () -> f.analytics.summary(tokyo, "x"));
    }
}
