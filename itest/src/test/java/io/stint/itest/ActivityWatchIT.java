package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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

/**
 * The ActivityWatch API at /api/0 over real HTTP: ActivityWatch's own JavaScript client
 * (itest/aw-client, aw-client from npm) against the runtime, then the refusals in its error format.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ActivityWatchIT {

    private static final String BUCKET = "{\"client\": \"it\", \"type\": \"currentwindow\", \"hostname\": \"h\"}";

    private Http admin;
    private Http local;
    private Accounts accounts;
    private String base;

    @Configuration
    public Option[] config() throws IOException {
        Path dir = Path.of(System.getProperty("stint.itest.work")).resolve("activitywatch-" + UUID.randomUUID());
        List<Option> options = new ArrayList<>(List.of(StintRuntime.in(dir.resolve("home"), dir.resolve("data"))));
        Files.writeString(dir.resolve("home/etc/io.stint.capture.activitywatch.cfg"),
                "testing=true\nbody.limit.bytes=65536\n", StandardCharsets.UTF_8);
        return options.toArray(Option[]::new);
    }

    @Before
    public void connect() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        base = "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
        admin = new Http(context);
        admin.await("/api/v1/users/me", 200, 30);
        Accounts.liftRateLimits(context, admin);
        accounts = new Accounts(admin);
        local = admin.as(null);
        local.await("/api/0/info", 200, 30);
    }

    @Test
    public void activityWatchsOwnClientWorksAgainstStint() throws Exception {
        Path folder = Path.of(System.getProperty("stint.root"), "itest", "aw-client");
        if (!Files.isDirectory(folder.resolve("node_modules"))) {
            run(folder, "npm", "ci", "--no-audit", "--no-fund");
        }
        String output = run(folder, "node", "acceptance.mjs", base);
        assertTrue(output, output.contains("aw-client acceptance: all steps passed"));
    }

    @Test
    public void windowHeartbeatsBecomeTheUsersActivityBlocks() {
        Http user = accounts.user("UTC", "read:tracking", "write:tracking", "read:blocks").http();
        assertEquals(200, user.postJson("/api/0/buckets/aw-watcher-window_desk", BUCKET).status());
        for (int second = 0; second <= 300; second += 5) {
            String title = second < 200 ? "Budget 2026.xlsx" : "Inbox";
            String app = second < 200 ? "EXCEL.EXE" : "thunderbird";
            String at = String.format("2026-01-08T10:%02d:%02d.000000+00:00", second / 60, second % 60);
            assertEquals(200, user.postJson("/api/0/buckets/aw-watcher-window_desk/heartbeat?pulsetime=10",
                    "{\"timestamp\": \"" + at + "\", \"duration\": 0, \"data\": {\"app\": \"" + app
                            + "\", \"title\": \"" + title + "\"}}").status());
        }
        JsonNode blocks = user.get("/api/v1/blocks?date=2026-01-08").json().get("blocks");
        assertEquals(blocks.toString(), 2, blocks.size());
        assertEquals("EXCEL.EXE", blocks.get(0).get("primary_app_name").asText());
        assertEquals("thunderbird", blocks.get(1).get("primary_app_name").asText());
        // heartbeats of one window merge: Excel covers 10:00:00-10:03:15, Thunderbird 10:03:20-10:05:00
        assertEquals("every second of the window events is in a block", 195 + 100,
                blocks.get(0).get("active_seconds").asLong() + blocks.get(1).get("active_seconds").asLong());
        assertEquals(0, admin.get("/api/v1/blocks?date=2026-01-08").json().get("blocks").size());
    }

    @Test
    public void infoReportsTheConfiguredTestingMode() {
        JsonNode info = local.get("/api/0/info").json();
        assertTrue(info.get("testing").asBoolean());
        assertTrue(info.get("hostname").isTextual());
    }

    @Test
    public void refusalsAnswerActivityWatchsErrorFormatAndStoreNothing() {
        Http user = accounts.user("UTC", "read:tracking", "write:tracking").http();
        assertEquals(200, user.postJson("/api/0/buckets/w", BUCKET).status());
        message(user.get("/api/0/buckets/nope/events"), 404);
        message(user.postJson("/api/0/buckets/nope/heartbeat?pulsetime=5", "{\"timestamp\": \"2024-01-01T00:00:00Z\"}"), 404);
        message(user.postJson("/api/0/buckets/w/heartbeat", "{\"timestamp\": \"2024-01-01T00:00:00Z\"}"), 400);
        message(user.postJson("/api/0/buckets/w/heartbeat?pulsetime=5", "{\"timestamp\": \"2024-01-01 00:00\"}"), 400);
        message(user.postJson("/api/0/buckets/w/events", "[{\"timestamp\": \"2024-01-01T00:00:00Z\"},"
                + " {\"timestamp\": \"2024-01-01T00:00:01Z\", \"duration\": -1}]"), 400);
        message(user.postJson("/api/0/buckets/w/events", "{\"timestamp\": \"2024-01-01T00:00:00Z\", \"data\": {\"x\": \""
                + "y".repeat(70_000) + "\"}}"), 413);
        message(user.post("/api/0/buckets/w/events", "text/plain", "hello"), 415);
        message(user.postJson("/api/0/buckets/w/events", "{not json"), 400);
        assertEquals("0", user.get("/api/0/buckets/w/events/count").body());
    }

    @Test
    public void tokensScopesAndOwnershipAreEnforced() {
        message(admin.as("tt_thisIsNotAValidTokenAtAll0123456").get("/api/0/buckets/"), 401);
        Http readOnly = accounts.user("UTC", "read:tracking").http();
        message(readOnly.postJson("/api/0/buckets/r", BUCKET), 403);
        message(accounts.user("UTC", "read:projects").http().get("/api/0/buckets/"), 403);
        assertEquals(200, readOnly.get("/api/0/buckets/").status());

        Http alice = accounts.user("UTC", "read:tracking", "write:tracking").http();
        Http bob = accounts.user("UTC", "read:tracking", "write:tracking").http();
        assertEquals(200, alice.postJson("/api/0/buckets/shared", BUCKET).status());
        message(bob.get("/api/0/buckets/shared"), 404);
        message(bob.postJson("/api/0/buckets/shared/heartbeat?pulsetime=1", "{\"timestamp\": \"2024-01-01T00:00:00Z\"}"), 404);
        assertEquals(200, bob.postJson("/api/0/buckets/shared", BUCKET).status());
        assertEquals(200, alice.postJson("/api/0/buckets/shared/heartbeat?pulsetime=1",
                "{\"timestamp\": \"2024-01-01T00:00:00.000000+00:00\", \"data\": {\"app\": \"a\"}}").status());
        assertEquals("1", alice.get("/api/0/buckets/shared/events/count").body());
        assertEquals("0", bob.get("/api/0/buckets/shared/events/count").body());
        assertEquals("a loopback client without a token acts as the local user (admin)", 200,
                local.get("/api/0/buckets/").status());
    }

    private static void message(Http.Reply reply, int status) {
        assertEquals(reply.body(), status, reply.status());
        assertTrue(reply.body(), reply.json().get("message").isTextual());
        assertEquals(reply.body(), 1, reply.json().size());
    }

    /** Runs {@code command} in {@code folder}; its output, after it exited 0. */
    private static String run(Path folder, String... command) throws Exception {
        Path log = Files.createTempFile("aw-client", ".log");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        Files.delete(log);
        System.out.println(String.join(" ", command) + ":\n" + output);
        assertTrue(String.join(" ", command) + " did not finish within 5 minutes:\n" + output, finished);
        assertEquals(String.join(" ", command) + " failed:\n" + output, 0, process.exitValue());
        return output;
    }
}
