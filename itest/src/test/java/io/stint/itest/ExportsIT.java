package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Exports over real HTTP on the real runtime: the live exporters listed, ChronicleCore's invoice-lines
 * CSV at both of its addresses, a long export run as a job and fetched when done, scopes, and hot
 * swap — the CSV exporter's bundle stopped takes its exporters off the list and its routes answer 404;
 * started again, they are back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExportsIT {

    private static final String C = "/chronicle/api/v1";
    private static final String HEADER = "Client,Project,Service,Date,Start Time,End Time,Hours (Rounded),Hours (Actual),"
            + "Rate,Currency,Amount,Description,Confidence";

    private BundleContext context;
    private Http admin;
    private Http local;
    private Accounts accounts;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("exports");
    }

    @Before
    public void connect() throws Exception {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await("/api/v1/users/me", 200, 30);
        admin.await("/api/v1/exports/invoice-lines", 200, 30);
        Accounts.liftRateLimits(context, admin);
        accounts = new Accounts(admin);
        local = admin.as(null);
        local.await("/chronicle/health", 200, 30);
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("exporters").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    /** A profile billed at 150.00 ZAR for a client of {@code name}. */
    private long profile(String name) {
        long client = admin.postJson("/api/v1/clients", "{\"name\": \"" + name + "\"}").json().get("client").get("id").asLong();
        long service = admin.postJson("/api/v1/services", "{\"name\": \"" + name + " books\"}").json().get("service").get("id").asLong();
        long rate = admin.postJson("/api/v1/rates", "{\"name\": \"" + name + " rate\", \"currency\": \"ZAR\", \"hourly_amount\": 150}")
                .json().get("rate").get("id").asLong();
        Http.Reply made = admin.postJson("/api/v1/profiles", "{\"client_id\": " + client + ", \"service_id\": " + service
                + ", \"rate_id\": " + rate + "}");
        assertEquals(made.body(), 201, made.status());
        return made.json().get("profile").get("id").asLong();
    }

    private void manual(long profile, String start, String end, String title) {
        Http.Reply made = local.postJson(C + "/blocks/manual", "{\"profile_id\": " + profile + ", \"ts_start\": \"" + start
                + "\", \"ts_end\": \"" + end + "\", \"title\": \"" + title + "\", \"billable\": true}");
        assertEquals(made.body(), 201, made.status());
    }

    @Test
    public void theLiveExportersAreListedWithTheirParameters() {
        JsonNode list = admin.get("/api/v1/exports").json();
        assertTrue(ids(list).toString(), ids(list).containsAll(List.of("invoice-lines", "time-entries-csv", "time-entries-xlsx")));
        JsonNode lines = admin.get("/api/v1/exports/invoice-lines").json().get("exporter");
        assertEquals("text/csv", lines.get("media_type").asText());
        assertEquals("read:blocks", lines.get("scope").asText());
        List<String> names = new ArrayList<>();
        lines.get("parameters").forEach(p -> names.add(p.get("name").asText()));
        assertTrue(names.toString(), names.containsAll(List.of("start_date", "end_date", "profile_ids", "rounding_minutes",
                "minimum_billable_minutes", "rounding_scope", "rounding_mode")));
        Accounts.error(admin.get("/api/v1/exports/no-such-exporter"), 404, "not_found");
    }

    @Test
    public void invoiceLinesAreTheSameCsvAtStintsAndChronicleCoresAddress() {
        long profile = profile("Lines Co");
        manual(profile, "2026-02-10T09:00:00Z", "2026-02-10T10:30:00Z", "Budget review");
        manual(profile, "2026-02-10T11:00:00Z", "2026-02-10T11:00:10Z", "Ten seconds");
        String body = "{\"start_date\": \"2026-02-01\", \"end_date\": \"2026-02-28\", \"rounding_minutes\": 6, \"profile_ids\": ["
                + profile + "]}";
        Http.Reply stint = admin.postJson("/api/v1/export/invoice-lines", body);
        assertEquals(stint.body(), 200, stint.status());
        assertTrue(stint.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals(HEADER + "\r\n"
                + "Lines Co,,Lines Co books,2026-02-10,09:00,10:30,1.50,1.50,150.00,ZAR,225.00,Budget review,HIGH\r\n"
                + "Lines Co,,Lines Co books,2026-02-10,11:00,11:00,0.10,0.00,150.00,ZAR,15.00,Ten seconds,HIGH\r\n", stint.body());
        Http.Reply chronicle = local.postJson(C + "/export/invoice-lines", body);
        assertEquals(chronicle.body(), 200, chronicle.status());
        assertEquals(stint.body(), chronicle.body());
        Http.Reply viaExports = admin.postJson("/api/v1/exports/invoice-lines", body);
        assertEquals(stint.body(), viaExports.body());

        String dayScope = admin.postJson("/api/v1/export/invoice-lines", body.replace("}", ", \"rounding_scope\": \"profile_day\"}")).body();
        assertTrue(dayScope, dayScope.contains(",2026-02-10,09:00,11:00,1.60,1.50,150.00,ZAR,240.00,Budget review; Ten seconds,HIGH"));

        JsonNode bad = Accounts.error(admin.postJson("/api/v1/export/invoice-lines", body.replace("\"rounding_minutes\": 6",
                "\"rounding_minutes\": 10")), 400, "validation_error");
        assertEquals("[\"rounding_minutes must be 6 or 15\"]", bad.get("errors").get("rounding_minutes").toString());
        Http.Reply chronicleBad = local.postJson(C + "/export/invoice-lines", "{\"start_date\": \"2026-02-01\", "
                + "\"end_date\": \"2026-02-28\", \"rounding_minutes\": 10}");
        assertEquals(400, chronicleBad.status());
        assertEquals("rounding_minutes must be 6 or 15", chronicleBad.json().get("error").get("message").asText());
        assertEquals("Invalid date format (use YYYY-MM-DD)", local.postJson(C + "/export/invoice-lines",
                "{\"start_date\": \"02/01/2026\", \"end_date\": \"2026-02-28\"}").json().get("error").get("message").asText());
        Accounts.error(admin.postJson("/api/v1/export/invoice-lines", body.replace("}", ", \"color\": \"red\"}")), 400,
                "validation_error");
        Accounts.error(admin.postJson("/api/v1/export/invoice-lines", "[1]"), 400, "validation_error");
    }

    @Test
    public void aLongExportRunsAsAJobWhoseFileIsFetchedWhenDone() {
        long project = admin.postJson("/api/v1/projects", "{\"name\": \"Job project\"}").json().get("project").get("id").asLong();
        for (int i = 0; i < 5; i++) {
            Http.Reply made = admin.postJson("/api/v1/time-entries", "{\"project_id\": " + project + ", \"start_time\": "
                    + "\"2026-03-0" + (i + 1) + "T09:00:00\", \"end_time\": \"2026-03-0" + (i + 1) + "T10:30:00\", \"notes\": \"=1+1\"}");
            assertEquals(made.body(), 201, made.status());
        }
        Http.Reply started = admin.postJson("/api/v1/exports/time-entries-csv", "{\"project_id\": " + project
                + ", \"delivery\": \"job\"}");
        assertEquals(started.body(), 202, started.status());
        String id = started.json().get("job").get("id").asText();
        assertEquals("/api/v1/exports/jobs/" + id, started.raw().headers().firstValue("Location").orElse("")
                .replaceFirst("^https?://[^/]+", ""));
        JsonNode job = null;
        for (int i = 0; i < 100; i++) {
            job = admin.get("/api/v1/exports/jobs/" + id).json().get("job");
            if ("done".equals(job.get("state").asText())) {
                break;
            }
            Http.sleep(100);
        }
        assertEquals(job.toString(), "done", job.get("state").asText());
        assertEquals(5, job.get("rows_written").asInt());
        assertEquals(100, job.get("progress_percent").asInt());
        Http.Reply file = admin.get(job.get("download_url").asText());
        assertEquals(200, file.status());
        String[] rows = file.body().split("\r\n");
        assertEquals(6, rows.length);
        assertTrue(rows[0].startsWith("ID,User,Project,Client,Task,Start Time,End Time,Duration (hours)"));
        assertTrue(rows[1], rows[1].contains(",Job project,,,2026-03-05T09:00:00,2026-03-05T10:30:00,1.50,01:30:00,'=1+1,,"));
        JsonNode mine = admin.get("/api/v1/exports/jobs").json().get("jobs");
        assertEquals(id, mine.get(0).get("id").asText());

        Http other = accounts.user("UTC", "read:exports", "write:exports", "read:time_entries").http();
        Accounts.error(other.get("/api/v1/exports/jobs/" + id), 404, "not_found");
        assertEquals(0, other.get("/api/v1/exports/jobs").json().get("jobs").size());
        assertEquals(200, admin.delete("/api/v1/exports/jobs/" + id).status());
        Accounts.error(admin.get("/api/v1/exports/jobs/" + id), 404, "not_found");
    }

    @Test
    public void timeEntriesComeAsAnExcelWorkbookWithASummarySheet() throws Exception {
        long project = admin.postJson("/api/v1/projects", "{\"name\": \"Workbook project\"}").json().get("project").get("id").asLong();
        for (int i = 0; i < 3; i++) {
            Http.Reply made = admin.postJson("/api/v1/time-entries", "{\"project_id\": " + project + ", \"start_time\": "
                    + "\"2026-04-0" + (i + 1) + "T09:00:00\", \"end_time\": \"2026-04-0" + (i + 1) + "T09:45:00\"}");
            assertEquals(made.body(), 201, made.status());
        }
        java.net.http.HttpResponse<byte[]> reply = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create("http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port")
                        + "/api/v1/exports/time-entries-xlsx"))
                .header("Authorization", "Bearer " + StintRuntime.TOKEN).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"project_id\": " + project + "}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, reply.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                reply.headers().firstValue("Content-Type").orElse(""));
        java.util.Map<String, String> parts = new java.util.TreeMap<>();
        // read through the zip's central directory, as spreadsheet programs do
        java.nio.file.Path file = java.nio.file.Files.createTempFile("entries", ".xlsx");
        java.nio.file.Files.write(file, reply.body());
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                parts.put(e.getName(), new String(zip.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        String workbook = parts.get("xl/workbook.xml");
        assertTrue(workbook, workbook.contains("name=\"Summary\"") && workbook.contains("name=\"Time entries\""));
        String entries = parts.entrySet().stream().filter(e -> e.getKey().startsWith("xl/worksheets/sheet")
                && e.getValue().contains("Workbook project") && e.getValue().split("<row ").length - 1 == 4)
                .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
        assertTrue("a sheet with the header and the three entries: " + parts.keySet(), entries != null);
    }

    @Test
    public void runningAnExporterNeedsItsDataScopeToo() {
        Http exportsOnly = accounts.user("UTC", "read:exports", "write:exports").http();
        JsonNode refused = Accounts.error(exportsOnly.postJson("/api/v1/export/invoice-lines",
                "{\"start_date\": \"2026-02-01\", \"end_date\": \"2026-02-28\"}"), 403, "forbidden");
        assertEquals("read:blocks", refused.get("required_scope").asText());
        Accounts.error(exportsOnly.postJson("/api/v1/exports/time-entries-csv", "{}"), 403, "forbidden");
        Http blocksOnly = accounts.user("UTC", "read:blocks").http();
        Accounts.error(blocksOnly.get("/api/v1/exports"), 403, "forbidden");
    }

    @Test
    public void stoppingTheCsvExporterTakesItsExportersAndRoutesAwayAndStartingItBringsThemBack() throws Exception {
        Bundle csv = Modules.find(context, "io.stint.export.csv").orElseThrow();
        String body = "{\"start_date\": \"2026-02-01\", \"end_date\": \"2026-02-28\"}";
        csv.stop();
        try {
            List<String> live = ids(admin.get("/api/v1/exports").json());
            assertFalse(live.toString(), live.contains("invoice-lines"));
            assertFalse(live.toString(), live.contains("time-entries-csv"));
            Accounts.error(admin.postJson("/api/v1/export/invoice-lines", body), 404, "not_found");
            Accounts.error(admin.postJson("/api/v1/exports/invoice-lines", body), 404, "not_found");
            Accounts.error(admin.get("/api/v1/exports/time-entries-csv"), 404, "not_found");
            assertEquals(404, local.postJson(C + "/export/invoice-lines", body).status());
            assertEquals("the server still serves", 200, admin.get("/api/v1/time-entries").status());
        } finally {
            csv.start();
        }
        admin.await("/api/v1/exports/invoice-lines", 200, 30);
        assertTrue(ids(admin.get("/api/v1/exports").json()).contains("time-entries-csv"));
        assertEquals(200, admin.postJson("/api/v1/export/invoice-lines", body).status());
        assertEquals(200, local.postJson(C + "/export/invoice-lines", body).status());
    }
}
