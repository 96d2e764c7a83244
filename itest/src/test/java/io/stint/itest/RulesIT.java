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
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Billing profiles and assignment rules over real HTTP on the real runtime: captured activity (the
 * replay capture bundle) lands on the right profile as blocks are made; rules re-applied to history
 * by a job; a preview before saving; and hot swap — with the rules module stopped blocks arrive
 * unassigned and the rules routes are gone; started again, a re-run assigns them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RulesIT {

    private BundleContext context;
    private Http admin;
    private Accounts accounts;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("rules");
    }

    @Before
    public void connect() throws Exception {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await("/api/v1/tracking/status", 200, 30);
        admin.await("/api/v1/rules", 200, 30);
        admin.await("/api/v1/profiles", 200, 30);
        Accounts.liftRateLimits(context, admin);
        accounts = new Accounts(admin);
    }

    /** A client, service, rate and profile; answers the profile's id. */
    private long profile(String client, String service) {
        long clientId = admin.postJson("/api/v1/clients", "{\"name\": \"" + client + "\"}").json().get("client").get("id").asLong();
        long serviceId = admin.postJson("/api/v1/services", "{\"name\": \"" + service + "\"}").json().get("service").get("id").asLong();
        long rateId = admin.postJson("/api/v1/rates", "{\"name\": \"" + client + " rate\", \"currency\": \"ZAR\", "
                + "\"hourly_amount\": 150.10}").json().get("rate").get("id").asLong();
        Http.Reply made = admin.postJson("/api/v1/profiles", "{\"client_id\": " + clientId + ", \"service_id\": "
                + serviceId + ", \"rate_id\": " + rateId + "}");
        assertEquals(made.body(), 201, made.status());
        return made.json().get("profile").get("id").asLong();
    }

    private long rule(String name, int priority, String type, String value, long profile, int boost) {
        Http.Reply made = admin.postJson("/api/v1/rules", "{\"name\": \"" + name + "\", \"priority\": " + priority
                + ", \"match_type\": \"" + type + "\", \"match_value\": " + value + ", \"target_profile_id\": " + profile
                + ", \"confidence_boost\": " + boost + "}");
        assertEquals(made.body(), 201, made.status());
        return made.json().get("rule").get("id").asLong();
    }

    @Test
    public void capturedBlocksLandOnTheRightProfileAsTheyAreMade() throws Exception {
        long acme = profile("Acme Corp", "Bookkeeping");
        long globex = profile("Globex", "Development");
        long excel = rule("Excel", 10, "APP", "\"excel.exe\"", acme, 0);
        long github = rule("GitHub", 8, "DOMAIN", "\"github.com\"", globex, -15);
        rule("Standup", 20, "COMPOSITE", "{\"all\": [{\"app\": \"zoom\"}, {\"keyword\": \"standup\"}]}", globex, 0);
        JsonNode bad = Accounts.error(admin.postJson("/api/v1/rules", "{\"name\": \"bad\", \"priority\": 1, "
                + "\"match_type\": \"TITLE_REGEX\", \"match_value\": \"(a+\", \"target_profile_id\": " + acme + "}"),
                400, "validation_error");
        assertTrue(bad.toString(), bad.get("errors").get("match_value").get(0).asText().contains("missing closing )"));

        try (Replay replay = replay("2026-02-02",
                "{\"timestamp\":\"2026-02-02T09:00:00Z\",\"duration\":1500,\"app\":\"EXCEL.EXE\",\"title\":\"Budget 2026.xlsx\"}",
                "{\"timestamp\":\"2026-02-02T09:30:00Z\",\"duration\":900,\"state\":\"idle\"}",
                "{\"timestamp\":\"2026-02-02T09:45:00Z\",\"duration\":1200,\"app\":\"firefox\",\"title\":\"acme/api\",\"url\":\"https://api.github.com/acme\"}",
                "{\"timestamp\":\"2026-02-02T10:05:00Z\",\"duration\":900,\"state\":\"idle\"}",
                "{\"timestamp\":\"2026-02-02T10:20:00Z\",\"duration\":900,\"app\":\"Zoom\",\"title\":\"Daily standup\"}",
                "{\"timestamp\":\"2026-02-02T10:35:00Z\",\"duration\":900,\"state\":\"idle\"}",
                "{\"timestamp\":\"2026-02-02T10:50:00Z\",\"duration\":600,\"app\":\"Solitaire\",\"title\":\"Game\"}")) {
            JsonNode blocks = replay.blocks(4);
            assertEquals(acme, blocks.get(0).get("profile_id").asLong());
            assertEquals("RULE", blocks.get(0).get("assigned_by").asText());
            assertEquals(excel, blocks.get(0).get("rule_id").asLong());
            assertEquals("HIGH", blocks.get(0).get("confidence").asText());
            assertEquals("Acme Corp", blocks.get(0).get("client_name").asText());
            assertEquals("Bookkeeping", blocks.get(0).get("service_name").asText());
            assertEquals("a subdomain matches the DOMAIN rule", github, blocks.get(1).get("rule_id").asLong());
            assertEquals("DOMAIN 80 - 15 = 65", "MEDIUM", blocks.get(1).get("confidence").asText());
            assertEquals(globex, blocks.get(2).get("profile_id").asLong());
            assertTrue("nothing matches Solitaire", blocks.get(3).get("profile_id").isNull());
            assertTrue(blocks.get(3).get("needs_review").asBoolean());

            // lock the Excel block, then point the Excel rule at the other profile: history follows, the lock holds
            long excelBlock = blocks.get(0).get("id").asLong();
            admin.postJson("/api/v1/blocks/" + excelBlock + "/lock", "{\"locked\": true}");
            JsonNode preview = admin.postJson("/api/v1/rules/preview", "{\"name\": \"Solitaire\", \"priority\": 1, "
                    + "\"match_type\": \"KEYWORD\", \"match_value\": \"solitaire\", \"target_profile_id\": " + acme
                    + "}").json();
            assertEquals(preview.toString(), 1, preview.get("count").asInt());
            assertEquals(blocks.get(3).get("id").asLong(), preview.get("changes").get(0).get("block_id").asLong());
            assertTrue("a preview saves nothing", admin.get("/api/v1/blocks/" + blocks.get(3).get("id").asLong())
                    .json().get("block").get("profile_id").isNull());

            JsonNode changed = admin.json("PUT", "/api/v1/rules/" + excel, "{\"target_profile_id\": " + globex + "}").json();
            assertEquals(globex, changed.get("rule").get("target_profile_id").asLong());
            JsonNode job = awaitJob(changed.get("job").get("id").asLong());
            assertEquals("DONE", job.get("state").asText());
            assertEquals(100, job.get("progress").asInt());
            assertEquals("the locked block stays with Acme", acme,
                    admin.get("/api/v1/blocks/" + excelBlock).json().get("block").get("profile_id").asLong());
        }
    }

    @Test
    public void withTheRulesModuleStoppedBlocksArriveUnassignedAndARerunAssignsThemLater() throws Exception {
        long initech = profile("Initech", "Reports");
        rule("TPS", 50, "TITLE_REGEX", "\"TPS [Rr]eport\"", initech, 0);
        Bundle rules = Modules.find(context, "io.stint.rules").orElseThrow();
        rules.stop();
        try {
            admin.await("/api/v1/rules", 404, 15);
            try (Replay replay = replay("2026-03-03",
                    "{\"timestamp\":\"2026-03-03T09:00:00Z\",\"duration\":1800,\"app\":\"WINWORD.EXE\",\"title\":\"TPS Report Q1.docx\"}")) {
                JsonNode blocks = replay.blocks(1);
                assertTrue("no rule module: the block stays unassigned", blocks.get(0).get("profile_id").isNull());
                assertEquals("LOW", blocks.get(0).get("confidence").asText());
                rules.start();
                admin.await("/api/v1/rules", 200, 30);
                JsonNode rerun = admin.postJson("/api/v1/rules/apply", "{}").json();
                JsonNode job = awaitJob(rerun.get("job").get("id").asLong());
                assertEquals(job.toString(), 1, job.get("changed").asInt());
                JsonNode after = replay.blocks(1).get(0);
                assertEquals(initech, after.get("profile_id").asLong());
                assertEquals("MEDIUM", after.get("confidence").asText());
                JsonNode second = awaitJob(admin.postJson("/api/v1/rules/apply", "{}").json().get("job").get("id").asLong());
                assertEquals("a second run changes nothing", 0, second.get("changed").asInt());
            }
        } finally {
            if (rules.getState() != Bundle.ACTIVE) {
                rules.start();
            }
        }
    }

    @Test
    public void rulesNeedTheirScopesAndBadInputChangesNothing() {
        long profile = profile("Hooli", "Research");
        Http reader = accounts.user("UTC", "read:rules").http();
        assertEquals(200, reader.get("/api/v1/rules").status());
        Accounts.error(reader.postJson("/api/v1/rules", "{}"), 403, "forbidden");
        Accounts.error(accounts.user("UTC", "read:blocks").http().get("/api/v1/rules"), 403, "forbidden");
        long id = rule("Hooli", 1, "KEYWORD", "\"hooli\"", profile, 0);
        Accounts.error(admin.json("PUT", "/api/v1/rules/" + id, "{}"), 400, "validation_error");
        Accounts.error(admin.json("PUT", "/api/v1/rules/" + id, "{\"match_type\": \"REGEX\"}"), 400, "validation_error");
        Accounts.error(admin.json("PUT", "/api/v1/rules/" + id, "{\"confidence_boost\": 101}"), 400, "validation_error");
        Accounts.error(admin.json("PUT", "/api/v1/rules/" + id, "{\"target_profile_id\": 99999}"), 400, "validation_error");
        Accounts.error(admin.json("PUT", "/api/v1/rules/999999", "{\"priority\": 3}"), 404, "not_found");
        Accounts.error(admin.postJson("/api/v1/rules", "[1]"), 400, "validation_error");
        JsonNode kept = admin.get("/api/v1/rules/" + id).json().get("rule");
        assertEquals("hooli", kept.get("match_value").asText());
        assertEquals(0, kept.get("confidence_boost").asInt());
        admin.json("PUT", "/api/v1/rules/" + id, "{\"enabled\": false}");
        assertFalse("a disabled rule leaves the default list", has(admin.get("/api/v1/rules").json(), id));
        assertTrue("enabled=false lists every rule", has(admin.get("/api/v1/rules?enabled=false&per_page=100").json(), id));
        assertEquals(200, admin.delete("/api/v1/rules/" + id).status());
        Accounts.error(admin.get("/api/v1/rules/" + id), 404, "not_found");
        Accounts.error(admin.get("/api/v1/rules/jobs/999999"), 404, "not_found");
    }

    private static boolean has(JsonNode list, long id) {
        for (JsonNode r : list.get("rules")) {
            if (r.get("id").asLong() == id) {
                return true;
            }
        }
        return false;
    }

    private JsonNode awaitJob(long id) {
        long deadline = System.currentTimeMillis() + 30_000;
        JsonNode job = null;
        while (System.currentTimeMillis() < deadline) {
            job = admin.get("/api/v1/rules/jobs/" + id).json().get("job");
            if (!"RUNNING".equals(job.get("state").asText())) {
                return job;
            }
            Http.sleep(50);
        }
        throw new AssertionError("job did not finish: " + job);
    }

    /** Activity replayed into the local user's (admin's) capture through the replay source, for one day. */
    private Replay replay(String day, String... lines) throws Exception {
        Path file = Path.of(context.getProperty("stint.home")).resolveSibling("replay-" + System.nanoTime() + ".jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        ConfigurationAdmin cm = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration config = cm.getConfiguration("io.stint.capture.replay", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("file", file.toString());
        props.put("speed", "0");
        props.put("shift", "false");
        config.update(props);
        return new Replay(day, config);
    }

    private final class Replay implements AutoCloseable {
        private final String day;
        private final org.osgi.service.cm.Configuration config;

        Replay(String day, org.osgi.service.cm.Configuration config) {
            this.day = day;
            this.config = config;
        }

        /** The day's blocks once {@code count} have appeared. */
        JsonNode blocks(int count) {
            long deadline = System.currentTimeMillis() + 20_000;
            JsonNode blocks = null;
            while (System.currentTimeMillis() < deadline) {
                blocks = admin.get("/api/v1/blocks?date=" + day).json().get("blocks");
                if (blocks.size() >= count) {
                    return blocks;
                }
                Http.sleep(100);
            }
            throw new AssertionError("blocks did not appear: " + blocks);
        }

        @Override
        public void close() throws Exception {
            config.delete();
        }
    }
}
