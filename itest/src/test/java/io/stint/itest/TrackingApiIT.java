package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;

/** TimeTracker's /api/v1 contract over real HTTP: envelopes, field types, times, idempotency, the timer, bad input. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrackingApiIT {

    private Http admin;
    private Accounts accounts;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("tracking");
    }

    @Before
    public void connect() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await("/api/v1/time-entries", 200, 30);
        admin.await("/api/v1/expenses", 200, 10);
        Accounts.liftRateLimits(context, admin);
        accounts = new Accounts(admin);
    }

    @Test
    public void clientsAndProjectsAnswerTimeTrackersEnvelopesAndTypes() {
        Http u = accounts.user("UTC", "read:*", "write:*").http();
        JsonNode created = created(u.postJson("/api/v1/clients", "{\"name\": \"Acme " + System.nanoTime()
                + "\", \"email\": \"billing@acme.test\", \"default_hourly_rate\": 85}"), "client");
        WireContract.check("client", WireContract.CLIENT, created);
        assertEquals("85.00", created.get("default_hourly_rate").asText());
        long client = created.get("id").asLong();
        WireContract.check("client", WireContract.CLIENT, u.get("/api/v1/clients/" + client).json().get("client"));
        JsonNode list = u.get("/api/v1/clients?per_page=500").json();
        WireContract.check("pagination", WireContract.PAGINATION, list.get("pagination"));
        assertEquals("per_page is capped at 100", 100, list.get("pagination").get("per_page").asInt());

        JsonNode project = created(u.postJson("/api/v1/projects", "{\"name\": \"Site\", \"client_id\": " + client
                + ", \"hourly_rate\": 90.5, \"estimated_hours\": 12}"), "project");
        WireContract.check("project", WireContract.PROJECT, project);
        assertEquals(created.get("name").asText(), project.get("client").asText());
        long id = project.get("id").asLong();
        Http.Reply updated = u.json("PUT", "/api/v1/projects/" + id, "{\"description\": \"New site\"}");
        assertEquals(updated.body(), 200, updated.status());
        assertTrue(updated.json().get("message").isTextual());
        assertEquals("a partial PUT keeps the rest", "Site", updated.json().get("project").get("name").asText());
        WireContract.check("project", WireContract.PROJECT, u.get("/api/v1/projects?client_id=" + client).json()
                .get("projects").get(0));

        assertEquals(200, u.delete("/api/v1/projects/" + id).status());
        JsonNode archived = u.get("/api/v1/projects/" + id).json().get("project");
        assertEquals("archived", archived.get("status").asText());
        assertTrue(archived.get("is_archived").asBoolean());
        Accounts.error(u.get("/api/v1/projects/77777"), 404, "not_found");
        Accounts.error(u.json("PUT", "/api/v1/projects/77777", "{\"name\": \"x\"}"), 404, "not_found");
    }

    @Test
    public void tasksTimeEntriesAndExpensesAnswerTimeTrackersEnvelopesAndTypes() {
        Accounts.Account user = accounts.user("UTC", "read:*", "write:*");
        Http u = user.http();
        long project = project(u);
        JsonNode task = created(u.postJson("/api/v1/tasks", "{\"name\": \"Design\", \"project_id\": " + project
                + ", \"priority\": \"high\", \"due_date\": \"2026-04-01\"}"), "task");
        WireContract.check("task", WireContract.TASK, task);

        JsonNode entry = created(u.postJson("/api/v1/time-entries", "{\"project_id\": " + project + ", \"task_id\": "
                + task.get("id") + ", \"start_time\": \"2026-03-02T09:00:00\", \"end_time\": \"2026-03-02T10:30:00\","
                + " \"notes\": \"Kick-off\", \"tags\": \"meeting,client\"}"), "time_entry");
        WireContract.check("time_entry", WireContract.TIME_ENTRY, entry);
        assertEquals(5400, entry.get("duration_seconds").asInt());
        assertEquals(1.5, entry.get("duration_hours").asDouble(), 0.0);
        assertEquals("01:30:00", entry.get("duration_formatted").asText());
        assertEquals("Design", entry.get("task").asText());
        assertEquals(user.id(), entry.get("user_id").asLong());
        assertTrue(entry.get("billable").asBoolean());
        JsonNode list = u.get("/api/v1/time-entries?start_date=2026-03-01&end_date=2026-03-02").json();
        assertEquals(1, list.get("time_entries").size());
        WireContract.check("listed time_entry", WireContract.TIME_ENTRY, list.get("time_entries").get(0));
        WireContract.check("pagination", WireContract.PAGINATION, list.get("pagination"));
        assertEquals("a date-only end_date covers its whole day", 1, list.get("pagination").get("total").asInt());

        JsonNode expense = created(u.postJson("/api/v1/expenses", "{\"title\": \"Hotel\", \"category\": \"travel\","
                + " \"amount\": 120.40, \"tax_amount\": 9.60, \"currency_code\": \"EUR\", \"expense_date\": \"2026-03-02\","
                + " \"project_id\": " + project + "}"), "expense");
        WireContract.check("expense", WireContract.EXPENSE, expense);
        assertEquals(130.0, expense.get("total_amount").asDouble(), 0.0);
        assertEquals(200, u.delete("/api/v1/expenses/" + expense.get("id")).status());
        assertEquals("rejected", u.get("/api/v1/expenses/" + expense.get("id")).json().get("expense").get("status").asText());

        WireContract.check("user", WireContract.USER, u.get("/api/v1/users/me").json().get("user"));
        assertEquals(200, u.delete("/api/v1/time-entries/" + entry.get("id")).status());
        Accounts.error(u.get("/api/v1/time-entries/" + entry.get("id")), 404, "not_found");
        assertEquals(200, u.delete("/api/v1/tasks/" + task.get("id")).status());
        Accounts.error(u.get("/api/v1/tasks/" + task.get("id")), 404, "not_found");
    }

    @Test
    public void naiveTimesAreTheCallersLocalTime() {
        Http berlin = accounts.user("Europe/Berlin", "read:*", "write:*").http();
        long project = project(berlin);
        JsonNode entry = created(berlin.postJson("/api/v1/time-entries", "{\"project_id\": " + project
                + ", \"start_time\": \"2026-07-01T09:00:00\", \"end_time\": \"2026-07-01T12:00:00Z\"}"), "time_entry");
        assertEquals("2026-07-01T09:00:00", entry.get("start_time").asText());
        assertEquals("an instant with Z is converted", "2026-07-01T14:00:00", entry.get("end_time").asText());
        JsonNode asAdmin = admin.get("/api/v1/time-entries/" + entry.get("id")).json().get("time_entry");
        assertEquals("the admin's zone is UTC", "2026-07-01T07:00:00", asAdmin.get("start_time").asText());
    }

    @Test
    public void aRepeatedIdempotencyKeyAnswersTheFirstResultAndCreatesNothing() {
        Http u = accounts.user("UTC", "read:*", "write:*").http();
        long project = project(u);
        String first = "{\"project_id\": " + project + ", \"start_time\": \"2026-05-04T09:00:00\", \"end_time\": \"2026-05-04T10:00:00\"}";
        String other = "{\"project_id\": " + project + ", \"start_time\": \"2026-05-05T09:00:00\", \"end_time\": \"2026-05-05T10:00:00\"}";
        Http.Reply a = u.jsonWith("POST", "/api/v1/time-entries", first, "Idempotency-Key", "key-1");
        Http.Reply b = u.jsonWith("POST", "/api/v1/time-entries", other, "Idempotency-Key", "key-1");
        assertEquals(a.body(), 201, a.status());
        assertEquals(201, b.status());
        assertEquals(a.json(), b.json());
        assertEquals(1, u.get("/api/v1/time-entries?start_date=2026-05-01&end_date=2026-05-31").json()
                .get("pagination").get("total").asInt());

        Http.Reply failed = u.jsonWith("POST", "/api/v1/time-entries", "{\"project_id\": " + project
                + ", \"start_time\": \"2026-05-06T10:00:00\", \"end_time\": \"2026-05-06T09:00:00\"}", "Idempotency-Key", "key-2");
        Accounts.error(failed, 400, "validation_error");
        Http.Reply retried = u.jsonWith("POST", "/api/v1/time-entries", other, "Idempotency-Key", "key-2");
        assertEquals("a failed request does not use up its key", 201, retried.status());
        assertNotEquals(a.json().get("time_entry").get("id"), retried.json().get("time_entry").get("id"));
        assertEquals(2, u.get("/api/v1/time-entries?start_date=2026-05-01&end_date=2026-05-31").json()
                .get("pagination").get("total").asInt());
    }

    @Test
    public void badInputIsRefusedInTheErrorFormatAndNothingIsStored() {
        Http u = accounts.user("UTC", "read:*", "write:*").http();
        long project = project(u);
        String path = "/api/v1/time-entries";
        Accounts.error(u.postJson(path, "{\"project_id\": " + project + ", \"start_time\": "), 400, "invalid_json");
        assertTrue(Accounts.error(u.postJson(path, "[1, 2]"), 400, "validation_error").get("errors").has("_schema"));
        assertTrue(Accounts.error(u.postJson(path, "{\"project_id\": true, \"start_time\": \"2026-01-05T09:00:00\","
                + " \"end_time\": \"2026-01-05T10:00:00\"}"), 400, "validation_error").get("errors").has("project_id"));
        assertTrue(Accounts.error(u.postJson(path, "{\"project_id\": " + project + ", \"start_time\": \"2026-13-45T09:00:00\","
                + " \"end_time\": \"2026-01-05T10:00:00\"}"), 400, "validation_error").get("errors").has("start_time"));
        Accounts.error(u.postJson(path, "{\"project_id\": " + project + ", \"start_time\": \"2026-01-05T10:00:00\","
                + " \"end_time\": \"2026-01-05T09:00:00\"}"), 400, "validation_error");
        Accounts.error(u.postJson(path, "{\"project_id\": 987654, \"start_time\": \"2026-01-05T09:00:00\","
                + " \"end_time\": \"2026-01-05T10:00:00\"}"), 400, "validation_error");
        JsonNode unknown = Accounts.error(u.postJson(path, "{\"project_id\": " + project + ", \"start_time\": \"2026-01-05T09:00:00\","
                + " \"end_time\": \"2026-01-05T10:00:00\", \"colour\": \"red\"}"), 400, "validation_error");
        assertEquals("[\"Unknown field.\"]", unknown.get("errors").get("colour").toString());
        Http.Reply tooBig = u.postJson(path, "{\"notes\": \"" + "x".repeat(1_100_000) + "\"}");
        assertEquals(413, tooBig.status());
        assertEquals(415, u.post(path, "text/plain", "project_id=1").status());
        Accounts.error(u.get(path + "?start_date=yesterday"), 400, "validation_error");
        Accounts.error(u.get(path + "?billable=maybe"), 400, "validation_error");

        assertEquals("nothing was stored", 0, u.get(path + "?include_active=true").json().get("pagination").get("total").asInt());
    }

    @Test
    public void theTimerStartsOncePausesResumesAndStopsIntoAnEntry() {
        Http u = accounts.user("UTC", "read:*", "write:*").http();
        long project = project(u);
        Accounts.error(u.postJson("/api/v1/timer/stop", "{}"), 400, "no_active_timer");
        JsonNode timer = created(u.postJson("/api/v1/timer/start", "{\"project_id\": " + project + "}"), "timer");
        WireContract.check("timer", WireContract.TIME_ENTRY, timer);
        assertTrue(timer.get("is_active").asBoolean());
        JsonNode again = Accounts.error(u.postJson("/api/v1/timer/start", "{\"project_id\": " + project + "}"), 409,
                "timer_already_running");
        assertEquals(timer.get("id"), again.get("timer").get("id"));
        JsonNode status = u.get("/api/v1/timer/status").json();
        assertTrue(status.get("active").asBoolean());

        JsonNode paused = u.postJson("/api/v1/timer/pause", "{}").json().get("time_entry");
        assertFalse(paused.get("paused_at").isNull());
        Accounts.error(u.postJson("/api/v1/timer/pause", "{}"), 400, "invalid_state");
        JsonNode resumed = u.postJson("/api/v1/timer/resume", "{}").json().get("time_entry");
        assertTrue(resumed.get("paused_at").isNull());
        Accounts.error(u.postJson("/api/v1/timer/resume", "{}"), 400, "invalid_state");

        Http.Reply stopped = u.postJson("/api/v1/timer/stop", "{}");
        assertEquals(stopped.body(), 200, stopped.status());
        JsonNode entry = stopped.json().get("time_entry");
        assertFalse(entry.get("end_time").isNull());
        assertFalse(entry.get("is_active").asBoolean());
        assertEquals("timer", entry.get("source").asText());
        assertFalse(u.get("/api/v1/timer/status").json().get("active").asBoolean());
        assertEquals(1, u.get("/api/v1/time-entries").json().get("pagination").get("total").asInt());
    }

    @Test
    public void aStaleIfUpdatedAtIsAConflictAndReportsAnswerChartData() {
        Http u = accounts.user("UTC", "read:*", "write:*").http();
        long project = project(u);
        JsonNode entry = created(u.postJson("/api/v1/time-entries", "{\"project_id\": " + project
                + ", \"start_time\": \"2026-02-02T09:00:00\", \"end_time\": \"2026-02-02T10:00:00\"}"), "time_entry");
        String path = "/api/v1/time-entries/" + entry.get("id");
        String seen = entry.get("updated_at").asText();
        Http.sleep(1100);
        assertEquals(200, u.json("PATCH", path, "{\"notes\": \"first\"}").status());
        Accounts.error(u.json("PATCH", path, "{\"notes\": \"second\", \"if_updated_at\": \"" + seen + "\"}"), 409, "conflict");
        assertEquals("first", u.get(path).json().get("time_entry").get("notes").asText());

        JsonNode chart = u.get("/api/v1/analytics/hours-by-day?days=7").json();
        assertEquals(chart.get("labels").size(), chart.get("datasets").get(0).get("data").size());
        assertTrue(chart.get("labels").size() >= 7);
        Accounts.error(u.get("/api/v1/analytics/hours-forecast?forecast_days=15"), 400, "validation_error");
        assertEquals(200, u.get("/api/v1/analytics/summary-with-comparison?days=30").status());
    }

    private static long project(Http u) {
        return created(u.postJson("/api/v1/projects", "{\"name\": \"P " + System.nanoTime() + "\"}"), "project").get("id").asLong();
    }

    private static JsonNode created(Http.Reply reply, String key) {
        assertEquals(reply.body(), 201, reply.status());
        assertTrue(reply.body(), reply.json().get("message").isTextual());
        return reply.json().get(key);
    }
}
