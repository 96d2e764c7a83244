package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;

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
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Activity over real HTTP on the real runtime: tracking control, a replayed activity file (the
 * replay capture bundle, configured through Configuration Admin) segmented into blocks for the local
 * user, block review with its audit log, scopes and isolation, bad input.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ActivityIT {

    private static final String DAY = "2026-01-09";

    private BundleContext context;
    private Http admin;
    private Accounts accounts;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("activity");
    }

    @Before
    public void connect() throws Exception {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await("/api/v1/tracking/status", 200, 30);
        Accounts.liftRateLimits(context, admin);
        accounts = new Accounts(admin);
    }

    @Test
    public void trackingMovesThroughItsStatesAndRefusesInvalidTransitions() {
        Http u = accounts.user("Europe/Berlin", "read:tracking", "write:tracking").http();
        JsonNode status = u.get("/api/v1/tracking/status").json();
        assertEquals("ACTIVE", status.get("state").asText());
        assertTrue(status.has("last_active_at") && status.get("last_active_at").isNull());
        assertTrue(status.get("idle_seconds").isIntegralNumber());
        assertTrue(status.has("current_window"));
        assertTrue("the live capture sources are listed", status.get("sources").isArray());

        Accounts.error(u.postJson("/api/v1/tracking/start", "{}"), 400, "invalid_state");
        Accounts.error(u.postJson("/api/v1/tracking/resume", "{}"), 400, "invalid_state");
        assertEquals("PAUSED", u.postJson("/api/v1/tracking/pause", "{}").json().get("state").asText());
        Accounts.error(u.postJson("/api/v1/tracking/pause", "{}"), 400, "invalid_state");
        assertEquals("ACTIVE", u.postJson("/api/v1/tracking/resume", "{}").json().get("state").asText());
        assertEquals("STOPPED", u.postJson("/api/v1/tracking/stop", "{}").json().get("state").asText());
        assertEquals("STOPPED", u.postJson("/api/v1/tracking/stop", "{}").json().get("state").asText());
        assertEquals("ACTIVE", u.postJson("/api/v1/tracking/start", "{}").json().get("state").asText());

        Http reader = accounts.user("UTC", "read:tracking").http();
        assertEquals(200, reader.get("/api/v1/tracking/status").status());
        Accounts.error(reader.postJson("/api/v1/tracking/pause", "{}"), 403, "forbidden");
        Accounts.error(accounts.user("UTC", "read:blocks").http().get("/api/v1/tracking/status"), 403, "forbidden");
    }

    @Test
    public void aReplayedFileBecomesTheLocalUsersBlocksAndAPersonsChangesAreAudited() throws Exception {
        Path file = Path.of(context.getProperty("stint.home")).resolveSibling("replay-" + System.nanoTime() + ".jsonl");
        Files.writeString(file, String.join("\n",
                "{\"timestamp\":\"2026-01-09T09:00:00Z\",\"duration\":1500,\"app\":\"EXCEL.EXE\",\"title\":\"Budget 2026.xlsx\"}",
                "{\"timestamp\":\"2026-01-09T09:25:00Z\",\"duration\":20,\"app\":\"slack\",\"title\":\"#general\"}",
                "this line is broken",
                "{\"timestamp\":\"2026-01-09T09:25:20Z\",\"duration\":600,\"app\":\"EXCEL.EXE\",\"title\":\"Budget 2026.xlsx\"}",
                "{\"timestamp\":\"2026-01-09T09:35:20Z\",\"duration\":900,\"state\":\"idle\"}",
                "{\"timestamp\":\"2026-01-09T09:50:20Z\",\"duration\":1200,\"app\":\"firefox\",\"title\":\"Docs\",\"url\":\"https://www.example.org/x\"}",
                ""));
        ConfigurationAdmin cm = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration replay = cm.getConfiguration("io.stint.capture.replay", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("file", file.toString());
        props.put("speed", "0");
        props.put("shift", "false");
        replay.update(props);
        try {
            JsonNode blocks = awaitBlocks(2);
            assertEquals(2, blocks.size());
            JsonNode work = blocks.get(0);
            assertEquals("EXCEL.EXE", work.get("primary_app_name").asText());
            assertEquals("Budget 2026.xlsx", work.get("title_summary").asText());
            assertEquals("every second of the morning's active time is in a block", 1500 + 20 + 600,
                    work.get("active_seconds").asLong());
            assertEquals("2026-01-09T09:00:00", work.get("ts_start").asText());
            assertEquals("LOW", work.get("confidence").asText());
            assertTrue(work.get("needs_review").asBoolean());
            assertTrue(work.get("profile_id").isNull());
            JsonNode web = blocks.get(1);
            assertEquals("example.org", web.get("primary_domain").asText());
            assertEquals(1200, web.get("active_seconds").asLong());
            assertTrue(web.get("duration_hours").isNumber());

            long id = work.get("id").asLong();
            Accounts.error(admin.postJson("/api/v1/blocks/" + id + "/reassign", "{\"profile_id\": 5}"), 400,
                    "validation_error");
            Accounts.error(admin.postJson("/api/v1/blocks/" + id + "/reassign", "{\"profile_id\": null, \"confidence\": \"high\"}"),
                    400, "validation_error");
            JsonNode reassigned = admin.postJson("/api/v1/blocks/" + id + "/reassign",
                    "{\"profile_id\": null, \"confidence\": \"MEDIUM\"}").json().get("block");
            assertEquals("USER", reassigned.get("assigned_by").asText());
            assertEquals("MEDIUM", reassigned.get("confidence").asText());
            assertTrue(admin.postJson("/api/v1/blocks/" + id + "/lock", "{\"locked\": true}").json().get("block")
                    .get("locked").asBoolean());
            JsonNode edited = admin.json("PATCH", "/api/v1/blocks/" + id,
                    "{\"notes\": \"Quarter close\", \"billable\": false}").json().get("block");
            assertEquals("Quarter close", edited.get("notes").asText());
            assertFalse(edited.get("billable").asBoolean());
            JsonNode audit = admin.get("/api/v1/blocks/" + id + "/audit").json().get("audit");
            assertEquals(3, audit.size());
            assertEquals("edit", audit.get(2).get("action").asText());
            assertTrue(audit.get(2).get("before").get("billable").asBoolean());
            assertFalse(audit.get(2).get("after").get("billable").asBoolean());

            Http other = accounts.user("UTC", "read:blocks", "write:blocks").http();
            assertEquals(0, other.get("/api/v1/blocks?date=" + DAY).json().get("blocks").size());
            Accounts.error(other.get("/api/v1/blocks/" + id), 404, "not_found");
            Accounts.error(other.postJson("/api/v1/blocks/" + id + "/lock", "{\"locked\": false}"), 404, "not_found");
            Accounts.error(other.json("PATCH", "/api/v1/blocks/" + id, "{\"notes\": \"mine\"}"), 404, "not_found");
            assertEquals("Quarter close", admin.get("/api/v1/blocks/" + id).json().get("block").get("notes").asText());
            Accounts.error(accounts.user("UTC", "read:blocks").http().postJson("/api/v1/blocks/" + id + "/lock",
                    "{\"locked\": false}"), 403, "forbidden");

            JsonNode again = admin.postJson("/api/v1/blocks/resegment", "{\"start_date\": \"" + DAY + "\"}").json();
            assertEquals(again.toString(), 2, again.get("blocks").asInt());
            JsonNode rerun = admin.get("/api/v1/blocks?date=" + DAY).json().get("blocks");
            assertEquals("re-running gives the same blocks, edits kept", id, rerun.get(0).get("id").asLong());
            assertEquals(work.get("active_seconds"), rerun.get(0).get("active_seconds"));
            assertEquals("Quarter close", rerun.get(0).get("notes").asText());
            Accounts.error(admin.postJson("/api/v1/blocks/resegment", "{\"start_date\": \"yesterday\"}"), 400,
                    "validation_error");

            JsonNode review = admin.get("/api/v1/blocks?date=" + DAY + "&needs_review=true").json();
            assertEquals("the MEDIUM unassigned block and the LOW one", 2, review.get("pagination").get("total").asInt());
            assertEquals(1, admin.get("/api/v1/blocks?date=" + DAY + "&limit=1").json().get("blocks").size());
            Accounts.error(admin.get("/api/v1/blocks?date=09-01-2026"), 400, "validation_error");
            Accounts.error(admin.get("/api/v1/blocks?limit=0"), 400, "validation_error");
            Accounts.error(admin.get("/api/v1/blocks?limit=1001"), 400, "validation_error");
            Accounts.error(admin.get("/api/v1/blocks?start_date=2026-01-10&end_date=2026-01-09"), 400, "validation_error");
            Accounts.error(admin.postJson("/api/v1/blocks/" + id + "/lock", "{\"locked\": \"yes\"}"), 400, "validation_error");
            Accounts.error(admin.json("PATCH", "/api/v1/blocks/" + id, "{}"), 400, "validation_error");
            Accounts.error(admin.postJson("/api/v1/blocks/999999/lock", "{\"locked\": true}"), 404, "not_found");
            assertEquals(2, admin.get("/api/v1/blocks?start_date=" + DAY + "&end_date=" + DAY).json().get("blocks").size());
        } finally {
            replay.delete();
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (sourceListed("replay") && System.currentTimeMillis() < deadline) {
            Http.sleep(50);
        }
        assertFalse("the replay source leaves with its configuration", sourceListed("replay"));
    }

    private boolean sourceListed(String id) {
        for (JsonNode source : admin.get("/api/v1/tracking/status").json().get("sources")) {
            if (id.equals(source.get("id").asText())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode awaitBlocks(int count) {
        long deadline = System.currentTimeMillis() + 15_000;
        JsonNode blocks = null;
        while (System.currentTimeMillis() < deadline) {
            blocks = admin.get("/api/v1/blocks?date=" + DAY).json().get("blocks");
            if (blocks.size() >= count && blocks.get(blocks.size() - 1).get("active_seconds").asLong() >= 1200) {
                return blocks;
            }
            Http.sleep(100);
        }
        throw new AssertionError("blocks did not appear: " + blocks);
    }
}
