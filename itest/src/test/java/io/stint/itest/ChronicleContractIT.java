package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;

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
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The ChronicleCore-compatible API at /chronicle over real HTTP: every example of ChronicleCore's
 * API document (shared/seeds/chroniclecore-API.md) and every fact of shared/chroniclecore-wire.md,
 * from loopback without a token; then tokens and scopes from elsewhere, the same data through
 * Stint's /api/v1, and a base path moved through Configuration Admin.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ChronicleContractIT {

    private static final String C = "/chronicle/api/v1";
    private static final String TIME = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";
    private static final ObjectMapper JSON = new ObjectMapper();

    private BundleContext context;
    private Http admin;
    private Http local;
    private Accounts accounts;
    private int port;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("chronicle");
    }

    @Before
    public void connect() throws Exception {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        port = Integer.parseInt(context.getProperty("org.osgi.service.http.port"));
        admin = new Http(context);
        admin.await("/api/v1/users/me", 200, 30);
        Accounts.liftRateLimits(context, admin);
        accounts = new Accounts(admin);
        local = admin.as(null);
        local.await("/chronicle/health", 200, 30);
        // every module's routes are up: the walk must not meet the whiteboard rebuilding the application
        for (String route : List.of("/blocks", "/tracking/status", "/clients", "/services", "/rates", "/profiles", "/rules")) {
            local.await(C + route, 200, 30);
        }
        // capture records only while tracking is ACTIVE: start from STOPPED, resume from PAUSED
        local.postJson(C + "/tracking/start", "{}");
        local.postJson(C + "/tracking/resume", "{}");
    }

    // ----- System -------------------------------------------------------------------------------

    @Test
    public void healthAnswersItsDocumentedShapeWithoutAnyCredentials() {
        JsonNode health = local.get("/chronicle/health").json();
        assertEquals(List.of("status", "version", "uptime_seconds"), names(health));
        assertEquals("ok", health.get("status").asText());
        assertTrue(health.get("version").isTextual());
        assertTrue(health.get("uptime_seconds").isIntegralNumber());
        assertEquals("public even for a request from elsewhere", 200, raw("GET", "/chronicle/health", "stint.example.org", null).status);
    }

    // ----- Tracking control ---------------------------------------------------------------------

    @Test
    public void trackingMovesAsDocumentedAndRefusesMovesNotAllowed() {
        JsonNode status = local.get(C + "/tracking/status").json();
        assertEquals(List.of("state", "last_active_at", "idle_seconds", "current_window"), names(status));
        assertEquals("ACTIVE", status.get("state").asText());
        assertTrue(status.get("last_active_at").isNull() || status.get("last_active_at").asText().matches(TIME));
        assertTrue(status.get("idle_seconds").isIntegralNumber());
        assertTrue(status.get("current_window").isNull() || status.get("current_window").has("app_name"));

        error(local.postJson(C + "/tracking/start", ""), 400, "INVALID_REQUEST"); // already running
        error(local.postJson(C + "/tracking/resume", ""), 400, "INVALID_REQUEST"); // not paused
        assertEquals("PAUSED", state(local.postJson(C + "/tracking/pause", "")));
        error(local.postJson(C + "/tracking/pause", ""), 400, "INVALID_REQUEST"); // not active
        error(local.postJson(C + "/tracking/start", ""), 400, "INVALID_REQUEST"); // only from STOPPED
        assertEquals("ACTIVE", state(local.postJson(C + "/tracking/resume", "")));
        assertEquals("STOPPED", state(local.postJson(C + "/tracking/stop", "")));
        assertEquals("stop always answers 200", "STOPPED", state(local.postJson(C + "/tracking/stop", "")));
        error(local.postJson(C + "/tracking/pause", ""), 400, "INVALID_REQUEST");
        assertEquals("ACTIVE", state(local.postJson(C + "/tracking/start", "")));
        assertEquals("ACTIVE", local.get(C + "/tracking/status").json().get("state").asText());
        error(local.get(C + "/tracking/start"), 405, "METHOD_NOT_ALLOWED");
    }

    // ----- Profiles: clients, services, rates, profiles -----------------------------------------

    @Test
    public void clientsAreListedAndCreatedAsDocumented() {
        String name = unique("Acme Corp");
        Http.Reply created = local.postJson(C + "/clients/create", "{\"name\": \"  " + name + " \"}");
        assertEquals(created.body(), 201, created.status());
        JsonNode client = created.json();
        assertEquals(List.of("client_id", "name", "is_active", "created_at", "updated_at"), names(client));
        assertTrue(client.get("client_id").isIntegralNumber());
        assertEquals("names are trimmed", name, client.get("name").asText());
        assertTrue(client.get("is_active").asBoolean());
        assertTrue(client.get("created_at").asText().matches(TIME));
        assertTrue(client.get("updated_at").asText().matches(TIME));

        assertEquals("Client name already exists",
                error(local.postJson(C + "/clients/create", "{\"name\": \"" + name + "\"}"), 409, "CONFLICT"));
        error(local.postJson(C + "/clients/create", "{\"name\": \"   \"}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/clients/create", "{}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/clients", "{\"name\": \"" + unique("x") + "\"}"), 405, "METHOD_NOT_ALLOWED");

        JsonNode list = local.get(C + "/clients").json();
        assertTrue("a bare array", list.isArray());
        assertTrue(contains(list, "client_id", client.get("client_id").asLong()));
        long archived = local.postJson(C + "/clients/create", "{\"name\": \"" + unique("Old Client") + "\"}").json()
                .get("client_id").asLong();
        assertEquals(200, admin.delete("/api/v1/clients/" + archived).status()); // Stint archives it
        assertFalse("active_only defaults to true", contains(local.get(C + "/clients").json(), "client_id", archived));
        assertFalse(contains(local.get(C + "/clients?active_only=true").json(), "client_id", archived));
        assertTrue(contains(local.get(C + "/clients?active_only=false").json(), "client_id", archived));
    }

    @Test
    public void servicesAreListedAndCreatedAsDocumented() {
        String name = unique("Bookkeeping");
        Http.Reply created = local.postJson(C + "/services/create", "{\"name\": \"" + name + "\"}");
        assertEquals(created.body(), 201, created.status());
        JsonNode service = created.json();
        assertEquals(List.of("service_id", "name", "is_active"), names(service));
        assertTrue(service.get("service_id").isIntegralNumber());
        assertTrue(service.get("is_active").asBoolean());
        assertEquals("Service name already exists",
                error(local.postJson(C + "/services/create", "{\"name\": \"" + name + "\"}"), 409, "CONFLICT"));
        error(local.postJson(C + "/services/create", "{\"name\": \"\"}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/services", "{\"name\": \"" + unique("y") + "\"}"), 405, "METHOD_NOT_ALLOWED");
        assertTrue(contains(local.get(C + "/services").json(), "service_id", service.get("service_id").asLong()));
    }

    @Test
    public void ratesTakeMajorUnitsExactlyAndAnswerCurrencyCode() {
        String name = unique("Standard");
        Http.Reply created = local.postJson(C + "/rates/create", "{\"name\": \"" + name + "\", \"currency\": \"ZAR\","
                + " \"hourly_amount\": 150.00, \"effective_from\": \"2026-01-01\", \"effective_to\": null}");
        assertEquals(created.body(), 201, created.status());
        JsonNode rate = created.json();
        assertEquals(List.of("rate_id", "name", "currency_code", "hourly_amount", "hourly_minor_units", "effective_from",
                "effective_to", "is_active"), names(rate));
        assertEquals("ZAR", rate.get("currency_code").asText());
        assertTrue(created.body(), created.body().contains("\"hourly_amount\":150.00"));
        assertEquals(15000, rate.get("hourly_minor_units").asLong());
        assertEquals("2026-01-01", rate.get("effective_from").asText());
        assertTrue(rate.get("effective_to").isNull());
        assertTrue(rate.get("is_active").asBoolean());

        Http.Reply same = local.postJson(C + "/rates/create", "{\"name\": \"" + name + "\", \"currency_code\": \"ZAR\","
                + " \"hourly_amount\": 0.29}");
        assertEquals("duplicate rate names are allowed: " + same.body(), 201, same.status());
        assertEquals("0.29 is 29 minor units, never 28", 29, same.json().get("hourly_minor_units").asLong());
        JsonNode usd = local.postJson(C + "/rates/create", "{\"name\": \"" + unique("Default") + "\", \"hourly_amount\": 95}")
                .json();
        assertEquals("USD", usd.get("currency_code").asText());
        assertEquals(9500, usd.get("hourly_minor_units").asLong());

        error(local.postJson(C + "/rates/create", "{\"name\": \"R\", \"currency_code\": \"zar\", \"hourly_amount\": 1}"),
                400, "INVALID_REQUEST");
        error(local.postJson(C + "/rates/create", "{\"name\": \"R\", \"hourly_amount\": -5}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/rates/create", "{\"name\": \"R\", \"hourly_amount\": \"150\"}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/rates/create", "{\"name\": \"R\", \"hourly_amount\": 1.005}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/rates/create", "{\"hourly_amount\": 10}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/rates/create", "{\"name\": \"R\", \"hourly_amount\": 1, \"effective_from\": \"2026-13-01\"}"),
                400, "INVALID_REQUEST");
        error(local.postJson(C + "/rates", "{}"), 405, "METHOD_NOT_ALLOWED");
        assertTrue(contains(local.get(C + "/rates").json(), "rate_id", rate.get("rate_id").asLong()));
    }

    @Test
    public void profilesAreCreatedListedAndSoftDeletedAsTheImplementationAnswers() {
        long client = newClient();
        long service = newService();
        long rate = newRate("ZAR", "150.00");
        Http.Reply created = local.postJson(C + "/profiles", "{\"client_id\": " + client + ", \"project_id\": null,"
                + " \"service_id\": " + service + ", \"rate_id\": " + rate + ", \"name\": \"Custom Name\"}");
        assertEquals(created.body(), 201, created.status());
        JsonNode profile = created.json();
        assertEquals(List.of("profile_id", "client_name", "project_name", "service_name", "rate_name", "rate_amount",
                "currency_code", "is_active", "name"), names(profile));
        assertTrue(profile.get("project_name").isNull());
        assertTrue(created.body(), created.body().contains("\"rate_amount\":150.00"));
        assertEquals("ZAR", profile.get("currency_code").asText());
        assertEquals("Custom Name", profile.get("name").asText());
        long id = profile.get("profile_id").asLong();
        assertTrue(contains(local.get(C + "/profiles").json(), "profile_id", id));

        error(local.postJson(C + "/profiles", "{\"client_id\": " + client + ", \"rate_id\": " + rate + "}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/profiles", "{\"client_id\": 999999, \"service_id\": " + service + ", \"rate_id\": " + rate
                + "}"), 400, "INVALID_REQUEST");

        Http.Reply deleted = local.delete(C + "/profiles/" + id);
        assertEquals(deleted.body(), 200, deleted.status());
        assertEquals(JSON.createObjectNode().put("success", true), deleted.json());
        assertFalse("a soft-deleted profile leaves the list", contains(local.get(C + "/profiles").json(), "profile_id", id));
        error(local.delete(C + "/profiles/999999"), 404, "NOT_FOUND");
        assertEquals("a rule can't target a deleted profile", 400, local.postJson(C + "/rules", "{\"name\": \"r\","
                + " \"priority\": 1, \"match_type\": \"APP\", \"match_value\": \"x.exe\", \"target_profile_id\": " + id + "}")
                .status());
    }

    // ----- Rules --------------------------------------------------------------------------------

    @Test
    public void rulesWalkTheDocumentsExamples() {
        long p1 = newProfile();
        long p2 = newProfile();
        Http.Reply app = local.postJson(C + "/rules", "{\"name\": \"VS Code Work\", \"priority\": 10, \"match_type\": \"APP\","
                + " \"match_value\": \"Code.exe\", \"target_profile_id\": " + p1 + "}");
        assertEquals(app.body(), 201, app.status());
        JsonNode rule = app.json();
        assertEquals(List.of("rule_id", "name", "priority", "match_type", "match_value", "target_profile_id",
                "target_service_id", "confidence_boost", "enabled", "client_name", "service_name", "created_at",
                "updated_at"), names(rule));
        assertEquals(10, rule.get("priority").asInt());
        assertEquals("APP", rule.get("match_type").asText());
        assertTrue(rule.get("target_service_id").isNull());
        assertEquals("confidence_boost defaults to 0", 0, rule.get("confidence_boost").asInt());
        assertTrue("enabled defaults to true", rule.get("enabled").asBoolean());
        assertTrue(rule.get("client_name").isTextual() && rule.get("service_name").isTextual());
        assertTrue(rule.get("created_at").asText().matches(TIME));
        long r1 = rule.get("rule_id").asLong();

        JsonNode regex = local.postJson(C + "/rules", "{\"name\": \"GitHub PRs\", \"priority\": 8, \"match_type\": \"TITLE_REGEX\","
                + " \"match_value\": \".*GitHub.*Pull Request.*\", \"target_profile_id\": " + p1 + ", \"confidence_boost\": 5}").json();
        assertEquals(5, regex.get("confidence_boost").asInt());
        long r2 = regex.get("rule_id").asLong();
        Http.Reply keyword = local.postJson(C + "/rules", "{\"name\": \"Meeting Notes\", \"priority\": 5, \"match_type\": \"KEYWORD\","
                + " \"match_value\": \"meeting\", \"target_profile_id\": " + p2 + "}");
        assertEquals(keyword.body(), 201, keyword.status());
        long service = newService();
        JsonNode full = local.postJson(C + "/rules", "{\"name\": \"VS Code Development\", \"priority\": 10, \"match_type\": \"APP\","
                + " \"match_value\": \"Code.exe\", \"target_profile_id\": " + p1 + ", \"target_service_id\": " + service + ","
                + " \"confidence_boost\": 10, \"enabled\": true}").json();
        assertEquals(service, full.get("target_service_id").asLong());

        assertEquals(20, local.json("PUT", C + "/rules/" + r1, "{\"priority\": 20}").json().get("priority").asInt());
        JsonNode disabled = local.json("PUT", C + "/rules/" + r2, "{\"enabled\": false}").json();
        assertFalse(disabled.get("enabled").asBoolean());
        assertEquals("a partial update keeps the rest", ".*GitHub.*Pull Request.*", disabled.get("match_value").asText());
        JsonNode multi = local.json("PUT", C + "/rules/" + r1, "{\"name\": \"Updated Name\", \"priority\": 25,"
                + " \"confidence_boost\": 20}").json();
        assertEquals("Updated Name", multi.get("name").asText());
        assertEquals(25, multi.get("priority").asInt());
        assertEquals(20, multi.get("confidence_boost").asInt());

        assertFalse("the default lists enabled rules", contains(local.get(C + "/rules").json(), "rule_id", r2));
        assertFalse("any value but false lists enabled rules", contains(local.get(C + "/rules?enabled=true").json(), "rule_id", r2));
        assertFalse(contains(local.get(C + "/rules?enabled=no").json(), "rule_id", r2));
        assertTrue("enabled=false lists all", contains(local.get(C + "/rules?enabled=false").json(), "rule_id", r2));
        assertTrue(contains(local.get(C + "/rules?enabled=false").json(), "rule_id", r1));
        JsonNode ordered = local.get(C + "/rules?enabled=false").json();
        for (int i = 1; i < ordered.size(); i++) {
            assertTrue("higher priority first", ordered.get(i - 1).get("priority").asInt() >= ordered.get(i).get("priority").asInt());
        }

        assertEquals("No fields to update", error(local.json("PUT", C + "/rules/" + r1, "{}"), 400, "INVALID_REQUEST"));
        assertEquals("Rule not found", error(local.json("PUT", C + "/rules/999999", "{\"priority\": 1}"), 404, "NOT_FOUND"));
        error(local.json("PUT", C + "/rules/" + r1, "{\"match_type\": \"app\"}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/rules", "{\"name\": \"bad\", \"priority\": 1, \"match_type\": \"WINDOW\", \"match_value\": \"x\","
                + " \"target_profile_id\": " + p1 + "}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/rules", "{\"name\": \"bad\", \"priority\": 1, \"match_type\": \"TITLE_REGEX\","
                + " \"match_value\": \"(unclosed\", \"target_profile_id\": " + p1 + "}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/rules", "{\"name\": \"bad\", \"priority\": 1, \"match_type\": \"APP\", \"match_value\": \"x\"}"),
                400, "INVALID_REQUEST");
        error(local.postJson(C + "/rules", "{\"name\": \"bad\", \"priority\": 1, \"match_type\": \"APP\", \"match_value\": \"x\","
                + " \"target_profile_id\": 999999}"), 400, "INVALID_REQUEST");

        Http.Reply deleted = local.delete(C + "/rules/" + r1);
        assertEquals(deleted.body(), 200, deleted.status());
        assertEquals(JSON.createObjectNode().put("success", true), deleted.json());
        assertFalse(contains(local.get(C + "/rules?enabled=false").json(), "rule_id", r1));
        assertEquals("Rule not found", error(local.delete(C + "/rules/" + r1), 404, "NOT_FOUND"));
        for (long r : List.of(r2, keyword.json().get("rule_id").asLong(), full.get("rule_id").asLong())) {
            assertEquals(200, local.delete(C + "/rules/" + r).status());
        }
    }

    // ----- Blocks -------------------------------------------------------------------------------

    @Test
    public void blocksWalkTheDocumentsExamples() {
        long profile = newProfile();
        String day = "2026-01-08";
        JsonNode first = manual(profile, day + "T09:00:00Z", day + "T09:45:00Z", "Budget 2026.xlsx", true);
        assertEquals(List.of("block_id", "ts_start", "ts_end", "duration_minutes", "duration_hours", "primary_app_name",
                "primary_domain", "title_summary", "profile_id", "client_name", "project_name", "service_name", "confidence",
                "billable", "locked", "notes", "description", "created_at", "updated_at"), names(first));
        assertEquals(day + "T09:00:00Z", first.get("ts_start").asText());
        assertEquals(day + "T09:45:00Z", first.get("ts_end").asText());
        assertTrue(first.get("duration_minutes").isNumber());
        assertEquals(45.0, first.get("duration_minutes").asDouble(), 0.0);
        assertEquals(0.75, first.get("duration_hours").asDouble(), 0.0);
        assertEquals("Budget 2026.xlsx", first.get("title_summary").asText());
        assertEquals(profile, first.get("profile_id").asLong());
        assertTrue(first.get("client_name").isTextual() && first.get("service_name").isTextual());
        assertTrue(first.get("project_name").isNull());
        assertEquals("HIGH", first.get("confidence").asText());
        assertTrue(first.get("billable").asBoolean());
        assertFalse(first.get("locked").asBoolean());
        assertTrue(first.get("created_at").asText().matches(TIME));
        long id = first.get("block_id").asLong();
        long other = manual(profile, day + "T11:00:00Z", day + "T11:30:00Z", "Inbox", false).get("block_id").asLong();
        long late = manual(profile, "2026-01-10T08:00:00Z", "2026-01-10T08:10:00Z", "Later", true).get("block_id").asLong();

        JsonNode ofDay = local.get(C + "/blocks?date=" + day).json();
        assertTrue(ofDay.isArray());
        assertTrue(contains(ofDay, "block_id", id) && contains(ofDay, "block_id", other));
        assertFalse(contains(ofDay, "block_id", late));
        JsonNode range = local.get(C + "/blocks?start_date=2026-01-01&end_date=2026-01-31").json();
        assertTrue(contains(range, "block_id", id) && contains(range, "block_id", late));
        assertEquals(1, local.get(C + "/blocks?date=" + day + "&limit=1").json().size());
        assertTrue(local.get(C + "/blocks?limit=50").json().isArray());
        assertTrue(contains(local.get(C + "/blocks?date=" + day + "&profile_id=" + profile).json(), "block_id", id));
        assertEquals(0, local.get(C + "/blocks?date=" + day + "&profile_id=999999").json().size());

        JsonNode unassigned = local.postJson(C + "/blocks/" + other + "/reassign", "{\"profile_id\": null, \"confidence\": \"LOW\"}").json();
        assertTrue(unassigned.get("profile_id").isNull());
        assertTrue(unassigned.get("client_name").isNull());
        assertEquals("LOW", unassigned.get("confidence").asText());
        assertTrue(contains(local.get(C + "/blocks?date=" + day + "&unassigned=true").json(), "block_id", other));
        assertFalse(contains(local.get(C + "/blocks?date=" + day + "&unassigned=true").json(), "block_id", id));
        assertTrue(contains(local.get(C + "/blocks?date=" + day + "&needs_review=true").json(), "block_id", other));
        assertFalse(contains(local.get(C + "/blocks?date=" + day + "&needs_review=true").json(), "block_id", id));

        JsonNode assigned = local.postJson(C + "/blocks/" + other + "/reassign", "{\"profile_id\": " + profile + "}").json();
        assertEquals(profile, assigned.get("profile_id").asLong());
        assertEquals("HIGH", assigned.get("confidence").asText());
        JsonNode medium = local.postJson(C + "/blocks/" + other + "/reassign",
                "{\"profile_id\": " + profile + ", \"confidence\": \"MEDIUM\"}").json();
        assertEquals("MEDIUM", medium.get("confidence").asText());
        assertTrue(local.postJson(C + "/blocks/" + id + "/lock", "{\"locked\": true}").json().get("locked").asBoolean());
        assertFalse(local.postJson(C + "/blocks/" + id + "/lock", "{\"locked\": false}").json().get("locked").asBoolean());

        assertEquals("Invalid date format (use YYYY-MM-DD)", error(local.get(C + "/blocks?date=2026-13-01"), 400, "INVALID_REQUEST"));
        assertEquals("Invalid date format (use YYYY-MM-DD)", error(local.get(C + "/blocks?start_date=01/01/2026&end_date=2026-01-31"),
                400, "INVALID_REQUEST"));
        error(local.get(C + "/blocks?limit=0"), 400, "INVALID_REQUEST");
        error(local.get(C + "/blocks?limit=1001"), 400, "INVALID_REQUEST");
        error(local.get(C + "/blocks?profile_id=abc"), 400, "INVALID_REQUEST");
        assertEquals("Block not found", error(local.postJson(C + "/blocks/99999/reassign", "{\"profile_id\": " + profile + "}"),
                404, "NOT_FOUND"));
        assertEquals("confidence must be HIGH, MEDIUM, or LOW", error(local.postJson(C + "/blocks/" + id + "/reassign",
                "{\"profile_id\": 1, \"confidence\": \"INVALID\"}"), 400, "INVALID_REQUEST"));
        assertEquals("checked before the block is looked up", "confidence must be HIGH, MEDIUM, or LOW",
                error(local.postJson(C + "/blocks/99999/reassign", "{\"profile_id\": 1, \"confidence\": \"high\"}"), 400, "INVALID_REQUEST"));
        assertEquals("Block not found", error(local.postJson(C + "/blocks/99999/lock", "{\"locked\": true}"), 404, "NOT_FOUND"));
        error(local.postJson(C + "/blocks/" + id + "/lock", "{\"locked\": tru"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/blocks/" + id + "/reassign", "[1, 2]"), 400, "INVALID_REQUEST");
        error(local.post(C + "/blocks/" + id + "/lock", "text/plain", "locked"), 415, "UNSUPPORTED_MEDIA_TYPE");
        error(local.postJson(C + "/blocks", "{}"), 405, "METHOD_NOT_ALLOWED");
        error(local.get(C + "/nothing-here"), 404, "NOT_FOUND");
    }

    @Test
    public void timeTheCaptureMissedIsAddedAsAManualBlock() {
        long profile = newProfile();
        JsonNode block = manual(profile, "2026-01-05T14:00:00Z", "2026-01-05T15:30:00Z", "Phone call with Client ABC", true);
        assertEquals(90.0, block.get("duration_minutes").asDouble(), 0.0);
        assertEquals("Phone call with Client ABC", block.get("title_summary").asText());
        assertEquals("Manual Entry", block.get("primary_app_name").asText());
        error(local.postJson(C + "/blocks/manual", "{\"ts_start\": \"2026-01-05T14:00:00Z\", \"ts_end\": \"2026-01-05T15:00:00Z\","
                + " \"title\": \"t\"}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/blocks/manual", "{\"profile_id\": " + profile + ", \"ts_start\": \"2026-01-05T14:00:00Z\","
                + " \"ts_end\": \"2026-01-05T13:00:00Z\", \"title\": \"t\"}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/blocks/manual", "{\"profile_id\": " + profile + ", \"ts_start\": \"2026-01-05 14:00\","
                + " \"ts_end\": \"2026-01-05T15:00:00Z\", \"title\": \"t\"}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/blocks/manual", "{\"profile_id\": 999999, \"ts_start\": \"2026-01-05T14:00:00Z\","
                + " \"ts_end\": \"2026-01-05T15:00:00Z\", \"title\": \"t\"}"), 400, "INVALID_REQUEST");

        Instant start = Instant.now().minusSeconds(90).truncatedTo(ChronoUnit.SECONDS);
        long today = manual(profile, start.toString(), start.plusSeconds(60).toString(), "Just now", true).get("block_id").asLong();
        if (LocalDate.ofInstant(start, ZoneOffset.UTC).equals(LocalDate.now(ZoneOffset.UTC))) {
            assertTrue("the default date is today", contains(local.get(C + "/blocks").json(), "block_id", today));
        }
    }

    @Test
    public void daysAreTheCallersDaysInTheirTimeZone() {
        long profile = newProfile();
        Http berlin = accounts.user("Europe/Berlin", "read:blocks", "write:blocks").http();
        // 23:30 UTC on the 8th is 00:30 on the 9th in Berlin
        Http.Reply made = berlin.postJson(C + "/blocks/manual", "{\"profile_id\": " + profile + ", \"ts_start\": \"2026-01-08T23:30:00Z\","
                + " \"ts_end\": \"2026-01-08T23:50:00Z\", \"title\": \"Late call\", \"billable\": true}");
        assertEquals(made.body(), 201, made.status());
        long id = made.json().get("block_id").asLong();
        assertTrue(contains(berlin.get(C + "/blocks?date=2026-01-09").json(), "block_id", id));
        assertFalse(contains(berlin.get(C + "/blocks?date=2026-01-08").json(), "block_id", id));
        assertFalse("another user's block is not listed", contains(local.get(C + "/blocks?date=2026-01-08").json(), "block_id", id));
        error(local.postJson(C + "/blocks/" + id + "/lock", "{\"locked\": true}"), 404, "NOT_FOUND");
    }

    // ----- The browser extension's feed ---------------------------------------------------------

    @Test
    public void theExtensionsPageReportsBecomeTheUsersBrowserBlocks() {
        String day = "2026-01-07";
        JsonNode first = ingest("https://github.com/stint/stint/pulls", "Pull requests", "github.com", day + "T10:00:00Z", null);
        assertEquals(List.of("success", "event_id"), names(first));
        assertTrue(first.get("success").asBoolean());
        assertTrue(first.get("event_id").isIntegralNumber());
        JsonNode second = ingest("https://docs.example.org/guide", "Guide", "docs.example.org", day + "T10:20:00Z", 1_200_000L);
        assertNotEquals(first.get("event_id"), second.get("event_id"));
        ingest("https://github.com/stint/stint/issues", "Issues", "www.github.com", day + "T10:30:00Z", 600_000L);

        error(local.postJson(C + "/events/ingest", "{\"title\": \"t\", \"event_type\": \"PAGE_LOADED\"}"), 400, "INVALID_REQUEST");
        error(local.postJson(C + "/events/ingest", "{\"url\": \"https://a.example/\"}"), 400, "INVALID_REQUEST");

        JsonNode blocks = local.get(C + "/blocks?date=" + day).json();
        assertTrue(blocks.toString(), blocks.size() >= 1);
        double minutes = 0;
        for (JsonNode b : blocks) {
            assertEquals("Browser", b.get("primary_app_name").asText());
            minutes += b.get("duration_minutes").asDouble();
        }
        assertEquals("each page's time as the next report told it: " + blocks, 30.0, minutes, 0.01);
        assertEquals("the page with the most time names the first block", "github.com", blocks.get(0).get("primary_domain").asText());
    }

    @Test
    public void aRuleAssignsTheExtensionsPagesWithItsServiceOverride() {
        long profile = newProfile();
        long service = newService();
        String serviceName = nameOf(local.get(C + "/services").json(), "service_id", service);
        Http.Reply rule = local.postJson(C + "/rules", "{\"name\": \"" + unique("Wiki") + "\", \"priority\": 50,"
                + " \"match_type\": \"DOMAIN\", \"match_value\": \"wiki.example.net\", \"target_profile_id\": " + profile + ","
                + " \"target_service_id\": " + service + "}");
        assertEquals(rule.body(), 201, rule.status());
        try {
            String day = "2026-01-06";
            ingest("https://wiki.example.net/a", "Page A", "wiki.example.net", day + "T08:00:00Z", null);
            ingest("https://wiki.example.net/b", "Page B", "wiki.example.net", day + "T08:40:00Z", 2_400_000L);
            JsonNode block = null;
            JsonNode blocks = null;
            long deadline = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < deadline) {
                blocks = local.get(C + "/blocks?date=" + day).json();
                if (blocks.size() > 0 && !blocks.get(0).get("profile_id").isNull()) {
                    block = blocks.get(0);
                    break;
                }
                Http.sleep(100);
            }
            assertTrue("the DOMAIN rule assigned the block: " + blocks + " rules: " + local.get(C + "/rules").body()
                    + " v1: " + admin.get("/api/v1/blocks?date=" + day).body(), block != null);
            assertEquals(profile, block.get("profile_id").asLong());
            assertEquals("the rule's service, not the profile's", serviceName, block.get("service_name").asText());
        } finally {
            local.delete(C + "/rules/" + rule.json().get("rule_id").asLong());
        }
    }

    // ----- The implementation's facts: CORS, errors ----------------------------------------------

    @Test
    public void corsAllowsExactlyTheTwoLocalOriginsAndAnswersPreflights() {
        Http.Reply preflight = local.raw("OPTIONS", C + "/rules", "Origin", "http://localhost",
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "Content-Type");
        assertEquals(200, preflight.status());
        assertEquals("http://localhost", header(preflight, "Access-Control-Allow-Origin"));
        assertEquals("GET, POST, PUT, DELETE, OPTIONS", header(preflight, "Access-Control-Allow-Methods"));
        assertEquals("Content-Type", header(preflight, "Access-Control-Allow-Headers"));
        assertEquals("http://127.0.0.1", header(local.raw("GET", C + "/clients", "Origin", "http://127.0.0.1"),
                "Access-Control-Allow-Origin"));

        Http.Reply otherPort = local.raw("OPTIONS", C + "/rules", "Origin", "http://localhost:3000",
                "Access-Control-Request-Method", "POST");
        assertEquals("answered, but not allowed", 200, otherPort.status());
        assertEquals(null, header(otherPort, "Access-Control-Allow-Origin"));
        assertEquals(null, header(local.raw("GET", "/chronicle/health", "Origin", "https://evil.example"),
                "Access-Control-Allow-Origin"));
        assertEquals(200, local.raw("OPTIONS", "/chronicle/health").status());
    }

    @Test
    public void anotherWebPageGetsNoTokenLessAccess() {
        error(local.raw("POST", C + "/tracking/pause", "Origin", "https://evil.example", "Content-Type", "text/plain"), 403,
                "FORBIDDEN");
        assertEquals("ACTIVE", local.get(C + "/tracking/status").json().get("state").asText());
        assertEquals(200, local.raw("GET", C + "/clients", "Origin", "http://localhost").status());
        assertEquals("the browser extension", 200, local.raw("GET", C + "/tracking/status", "Origin",
                "chrome-extension://abcdefghijklmnop").status());
    }

    // ----- Tokens and scopes from elsewhere -------------------------------------------------------

    @Test
    public void fromAnotherMachineATokenIsNeededAndItsScopesAreChecked() {
        Reply anonymous = raw("GET", C + "/blocks", "stint.example.org", null);
        assertEquals(anonymous.body, 401, anonymous.status);
        assertEquals("UNAUTHORIZED", anonymous.json().get("error").get("code").asText());
        assertEquals(1, anonymous.json().size());
        assertEquals(200, raw("GET", C + "/blocks", "stint.example.org", StintRuntime.TOKEN).status);
        assertEquals(401, raw("GET", C + "/blocks", "stint.example.org", "tt_thisIsNotAValidTokenAtAll0123456").status);

        error(local.as("tt_thisIsNotAValidTokenAtAll0123456").get(C + "/blocks"), 401, "UNAUTHORIZED");
        Http projects = accounts.user("UTC", "read:projects").http();
        error(projects.get(C + "/blocks"), 403, "FORBIDDEN");
        error(projects.get(C + "/rules"), 403, "FORBIDDEN");
        Http reader = accounts.user("UTC", "read:blocks", "read:tracking", "read:clients").http();
        assertEquals(200, reader.get(C + "/blocks").status());
        assertEquals("clients also accept read:clients", 200, reader.get(C + "/clients").status());
        error(reader.get(C + "/services"), 403, "FORBIDDEN");
        error(reader.postJson(C + "/blocks/1/lock", "{\"locked\": true}"), 403, "FORBIDDEN");
        error(reader.postJson(C + "/tracking/pause", ""), 403, "FORBIDDEN");
        error(reader.postJson(C + "/events/ingest", "{\"url\": \"https://a.example/\", \"event_type\": \"PAGE_LOADED\"}"), 403,
                "FORBIDDEN");
        Http profiles = accounts.user("UTC", "read:profiles", "write:profiles").http();
        assertEquals(201, profiles.postJson(C + "/clients/create", "{\"name\": \"" + unique("Scoped") + "\"}").status());
        error(profiles.postJson(C + "/rules", "{}"), 403, "FORBIDDEN");
    }

    // ----- The same data as Stint's own API ------------------------------------------------------

    @Test
    public void whatOneApiWritesTheOtherReads() {
        String clientName = unique("Both Ways");
        long client = local.postJson(C + "/clients/create", "{\"name\": \"" + clientName + "\"}").json().get("client_id").asLong();
        assertEquals(clientName, admin.get("/api/v1/clients/" + client).json().get("client").get("name").asText());

        String serviceName = unique("Audit");
        Http.Reply stintService = admin.postJson("/api/v1/services", "{\"name\": \"" + serviceName + "\"}");
        assertEquals(stintService.body(), 201, stintService.status());
        long service = stintService.json().get("service").get("id").asLong();
        assertEquals(serviceName, nameOf(local.get(C + "/services").json(), "service_id", service));

        long profile = newProfile();
        JsonNode block = manual(profile, "2026-01-04T09:00:00Z", "2026-01-04T10:00:00Z", "Both ways", true);
        long id = block.get("block_id").asLong();
        JsonNode stintBlocks = admin.get("/api/v1/blocks?date=2026-01-04").json().get("blocks");
        assertTrue(stintBlocks.toString(), contains(stintBlocks, "id", id));
        assertEquals(200, admin.postJson("/api/v1/blocks/" + id + "/lock", "{\"locked\": true}").status());
        assertTrue(local.get(C + "/blocks?date=2026-01-04").json().get(0).get("locked").asBoolean());

        Http.Reply stintRule = admin.postJson("/api/v1/rules", "{\"name\": \"" + unique("From v1") + "\", \"priority\": 3,"
                + " \"match_type\": \"KEYWORD\", \"match_value\": \"quarterly\", \"target_profile_id\": " + profile + "}");
        assertEquals(stintRule.body(), 201, stintRule.status());
        long rule = stintRule.json().get("rule").get("id").asLong();
        assertTrue(contains(local.get(C + "/rules").json(), "rule_id", rule));
        assertEquals(200, local.delete(C + "/rules/" + rule).status());
        assertEquals(404, admin.get("/api/v1/rules/" + rule).status());
        assertTrue(contains(admin.get("/api/v1/profiles?per_page=100").json().get("profiles"), "id", profile));
    }

    // ----- Configuration --------------------------------------------------------------------------

    @Test
    public void aNewBasePathMovesTheApi() throws Exception {
        ConfigurationAdmin cm = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration config = cm.getConfiguration("io.stint.compat.chronicle", "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("base.path", "/compat/cc");
        config.update(properties);
        try {
            local.await("/compat/cc/api/v1/clients", 200, 20);
            local.await("/chronicle/health", 404, 20);
            assertEquals("ok", local.get("/compat/cc/health").json().get("status").asText());
        } finally {
            config.delete();
        }
        local.await("/chronicle/api/v1/clients", 200, 20);
        local.await("/compat/cc/health", 404, 20);
    }

    // ----- helpers --------------------------------------------------------------------------------

    private long newClient() {
        return local.postJson(C + "/clients/create", "{\"name\": \"" + unique("Client") + "\"}").json().get("client_id").asLong();
    }

    private long newService() {
        return local.postJson(C + "/services/create", "{\"name\": \"" + unique("Service") + "\"}").json().get("service_id").asLong();
    }

    private long newRate(String currency, String amount) {
        return local.postJson(C + "/rates/create", "{\"name\": \"Standard\", \"currency_code\": \"" + currency
                + "\", \"hourly_amount\": " + amount + "}").json().get("rate_id").asLong();
    }

    private long newProfile() {
        Http.Reply made = local.postJson(C + "/profiles", "{\"client_id\": " + newClient() + ", \"service_id\": " + newService()
                + ", \"rate_id\": " + newRate("USD", "100") + "}");
        assertEquals(made.body(), 201, made.status());
        return made.json().get("profile_id").asLong();
    }

    private JsonNode manual(long profile, String start, String end, String title, boolean billable) {
        Http.Reply made = local.postJson(C + "/blocks/manual", "{\"profile_id\": " + profile + ", \"ts_start\": \"" + start
                + "\", \"ts_end\": \"" + end + "\", \"title\": \"" + title + "\", \"description\": \"" + title
                + "\", \"billable\": " + billable + "}");
        assertEquals(made.body(), 201, made.status());
        return made.json();
    }

    private JsonNode ingest(String url, String title, String domain, String at, Long durationMs) {
        Http.Reply reply = local.postJson(C + "/events/ingest", "{\"url\": \"" + url + "\", \"title\": \"" + title
                + "\", \"domain\": \"" + domain + "\", \"tab_id\": 7, \"event_type\": \"TAB_ACTIVATED\", \"timestamp\": \"" + at
                + "\", \"duration_ms\": " + durationMs + "}");
        assertEquals(reply.body(), 200, reply.status());
        return reply.json();
    }

    private static String state(Http.Reply reply) {
        assertEquals(reply.body(), 200, reply.status());
        return reply.json().get("state").asText();
    }

    /** ChronicleCore's error {@code {"error": {"code", "message", "details"?}}}; answers the message. */
    private static String error(Http.Reply reply, int status, String code) {
        assertEquals(reply.body(), status, reply.status());
        JsonNode body = reply.json();
        assertEquals(reply.body(), List.of("error"), names(body));
        assertEquals(reply.body(), code, body.get("error").get("code").asText());
        assertTrue(reply.body(), body.get("error").get("message").isTextual());
        assertFalse("no stack traces", reply.body().contains("Exception"));
        return body.get("error").get("message").asText();
    }

    private static String header(Http.Reply reply, String name) {
        return reply.raw().headers().firstValue(name).orElse(null);
    }

    private static boolean contains(JsonNode array, String field, long id) {
        for (JsonNode item : array) {
            if (item.get(field).asLong() == id) {
                return true;
            }
        }
        return false;
    }

    private static String nameOf(JsonNode array, String field, long id) {
        for (JsonNode item : array) {
            if (item.get(field).asLong() == id) {
                return item.get("name").asText();
            }
        }
        return null;
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An answer read off the socket. */
    private record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    /**
     * A request with a Host header of the test's choosing, as one relayed from another machine
     * arrives (Java's HTTP client does not let a caller set Host). HTTP/1.0: the answer ends with
     * the connection.
     */
    private Reply raw(String method, String path, String host, String token) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: " + host + "\r\n");
            if (token != null) {
                request.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String answer = all.toString(StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(answer.indexOf(' ') + 1, answer.indexOf(' ') + 4));
            int body = answer.indexOf("\r\n\r\n");
            return new Reply(status, body < 0 ? "" : answer.substring(body + 4));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
