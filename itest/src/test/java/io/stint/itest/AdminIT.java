package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

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
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.export.api.Export;
import io.stint.export.api.ExportParameter;
import io.stint.export.api.ExportProgress;
import io.stint.export.api.ExportRequest;
import io.stint.export.api.Exporter;

/**
 * Module management over real HTTP on the real runtime: off by default (listing only), then enabled
 * through Configuration Admin; the list with features, provider services and routes; the example
 * module uploaded, stopped, started, updated and deleted with its route following; jars that are
 * not bundles, do not resolve or fail to start refused with the reason and nothing changed; the
 * core kept; admins only; the AI provider chosen through configuration, effective at once; one of two
 * invoice-lines exporters preferred by a configured ranking, at once and in its etc file.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdminIT {

    private static final String MODULES = "/api/v1/admin/modules";
    private static final String NOTES = "/api/v1/example/notes";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private BundleContext context;
    private Http admin;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("admin");
    }

    @Before
    public void connect() throws Exception {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await(MODULES, 200, 30);
        admin.await("/api/v1/exports", 200, 30);
        Accounts.liftRateLimits(context, admin);
    }

    private ConfigurationAdmin cm() {
        return context.getService(context.getServiceReference(ConfigurationAdmin.class));
    }

    private void configure(String pid, Map<String, Object> values) throws IOException {
        org.osgi.service.cm.Configuration config = cm().getConfiguration(pid, "?");
        Dictionary<String, Object> properties = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
        values.forEach(properties::put);
        config.update(properties);
    }

    private void management(boolean enabled) throws IOException {
        configure("io.stint.admin", Map.of("enabled", String.valueOf(enabled)));
        long deadline = System.currentTimeMillis() + 10_000;
        while (admin.get(MODULES).json().path("management_enabled").asBoolean() != enabled) {
            assertTrue("module management " + (enabled ? "on" : "off"), System.currentTimeMillis() < deadline);
            Http.sleep(50);
        }
    }

    /** A request with a raw body of {@code contentType}, sent with the admin token. */
    private Http.Reply send(String method, String path, String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port")
                + path)).header("Authorization", "Bearer " + StintRuntime.TOKEN).header("Content-Type", contentType)
                .method(method, BodyPublishers.ofByteArray(body)).timeout(Duration.ofSeconds(60)).build();
        try {
            HttpResponse<String> r = CLIENT.send(request, BodyHandlers.ofString());
            return new Http.Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Http.Reply upload(byte[] jar) {
        return send("POST", MODULES, "application/java-archive", jar);
    }

    private static byte[] example() throws IOException {
        return Files.readAllBytes(Modules.exampleJar());
    }

    /** A bundle jar with the given manifest headers and no classes. */
    private static byte[] bundleJar(String... headers) throws IOException {
        return bundleJar(0, headers);
    }

    /** A bundle jar with the given manifest headers, no classes, and {@code padding} bytes of a stored resource. */
    private static byte[] bundleJar(int padding, String... headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        for (int i = 0; i < headers.length; i += 2) {
            manifest.getMainAttributes().putValue(headers[i], headers[i + 1]);
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = bytes; JarOutputStream jar = new JarOutputStream(out, manifest)) {
            if (padding > 0) {
                jar.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
                jar.putNextEntry(new java.util.zip.ZipEntry("padding.bin"));
                byte[] noise = new byte[padding];
                new java.util.Random(1).nextBytes(noise);
                jar.write(noise);
                jar.closeEntry();
            }
            jar.flush();
        }
        return bytes.toByteArray();
    }

    private JsonNode module(String symbolicName) {
        for (JsonNode m : admin.get(MODULES).json().get("modules")) {
            if (symbolicName.equals(m.get("symbolic_name").asText())) {
                return m;
            }
        }
        return null;
    }

    /** "symbolic name state" of every listed module. */
    private List<String> snapshot() {
        List<String> list = new ArrayList<>();
        admin.get(MODULES).json().get("modules").forEach(m -> list.add(m.get("symbolic_name").asText() + " " + m.get("state").asText()));
        return list;
    }

    private static List<String> texts(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    @Test
    public void whileDisabledAdminsSeeTheModulesButNothingChanges() throws Exception {
        management(false);
        long csv = module("io.stint.export.csv").get("id").asLong();
        Accounts.error(upload(example()), 403, "module_management_disabled");
        Accounts.error(admin.postJson(MODULES + "/" + csv + "/stop", "{}"), 403, "module_management_disabled");
        Accounts.error(send("POST", MODULES + "/" + csv + "/update", "application/java-archive", example()), 403,
                "module_management_disabled");
        Accounts.error(admin.delete(MODULES + "/" + csv), 403, "module_management_disabled");
        assertEquals("ACTIVE", module("io.stint.export.csv").get("state").asText());
        assertNull(module("io.stint.example"));
        assertEquals(200, admin.get("/api/v1/exports/time-entries-csv").status());
    }

    @Test
    public void theListShowsEachModulesFeatureProviderServicesAndLiveRoutes() {
        JsonNode csv = module("io.stint.export.csv");
        assertEquals("ACTIVE", csv.get("state").asText());
        assertEquals("export-csv", csv.get("feature").asText());
        assertEquals("runtime", csv.get("source").asText());
        List<String> exporters = new ArrayList<>();
        csv.get("services").forEach(s -> {
            assertEquals("exporter", s.get("capability").asText());
            assertEquals("io.stint.export.api.Exporter", s.get("interface").asText());
            exporters.add(s.get("id").asText());
        });
        assertTrue(exporters.toString(), exporters.containsAll(List.of("invoice-lines", "time-entries-csv")));

        JsonNode export = module("io.stint.export");
        assertEquals("export", export.get("feature").asText());
        assertTrue(export.get("routes").toString(), texts(export.get("routes")).containsAll(List.of("GET /api/v1/exports",
                "POST /api/v1/exports/{id}", "POST /api/v1/export/invoice-lines")));
        assertTrue(texts(module("io.stint.admin").get("routes")).contains("POST /api/v1/admin/modules/{id}/start"));
        assertEquals("export", module("io.stint.export.api").get("feature").asText());
        JsonNode one = admin.get(MODULES + "/" + csv.get("id").asLong()).json().get("module");
        assertEquals("io.stint.export.csv", one.get("symbolic_name").asText());
        Accounts.error(admin.get(MODULES + "/0"), 404, "not_found"); // the system bundle is no module
    }

    @Test
    public void anUploadedModuleServesItsRoutesUntilStoppedAndFollowsStartUpdateAndDelete() throws Exception {
        management(true);
        Http.Reply made = upload(example());
        assertEquals(made.body(), 201, made.status());
        JsonNode module = made.json().get("module");
        long id = module.get("id").asLong();
        assertEquals("io.stint.example", module.get("symbolic_name").asText());
        assertEquals("ACTIVE", module.get("state").asText());
        assertEquals("upload", module.get("source").asText());
        assertTrue(module.get("feature").isNull());
        assertTrue(made.raw().headers().firstValue("Location").orElse("").endsWith(MODULES + "/" + id));
        admin.await(NOTES, 200, 30);
        assertEquals(201, admin.postJson(NOTES, "{\"text\": \"uploaded\"}").status());
        assertTrue(Files.exists(Path.of(context.getProperty("stint.data"), "modules", "io.stint.example.jar")));
        long deadline = System.currentTimeMillis() + 10_000;
        while (!texts(module("io.stint.example").get("routes")).contains("GET " + NOTES)) {
            assertTrue("the example's routes are listed", System.currentTimeMillis() < deadline);
            Http.sleep(50);
        }
        Accounts.error(upload(example()), 409, "already_installed");

        Http.Reply stopped = admin.postJson(MODULES + "/" + id + "/stop", "{}");
        assertEquals(stopped.body(), "RESOLVED", stopped.json().get("module").get("state").asText());
        admin.await(NOTES, 404, 10);

        assertEquals("ACTIVE", admin.postJson(MODULES + "/" + id + "/start", "{}").json().get("module").get("state").asText());
        admin.await(NOTES, 200, 10);

        Http.Reply updated = send("POST", MODULES + "/" + id + "/update", "application/octet-stream", example());
        assertEquals(updated.body(), 200, updated.status());
        assertEquals("ACTIVE", updated.json().get("module").get("state").asText());
        admin.await(NOTES, 200, 10);
        assertEquals("the module's data survives its update", 1, admin.get(NOTES).json().get("notes").size());

        Http.Reply deleted = admin.delete(MODULES + "/" + id);
        assertEquals(deleted.body(), 200, deleted.status());
        admin.await(NOTES, 404, 10);
        assertNull(module("io.stint.example"));
        assertTrue(Modules.find(context, Modules.EXAMPLE).isEmpty());
        assertFalse(Files.exists(Path.of(context.getProperty("stint.data"), "modules", "io.stint.example.jar")));
        Accounts.error(admin.get(MODULES + "/" + id), 404, "not_found");
    }

    @Test
    public void aJarThatIsNotABundleDoesNotResolveOrFailsToStartIsRefusedAndNothingChanges() throws Exception {
        management(true);
        List<String> before = snapshot();
        int bundles = context.getBundles().length;

        Accounts.error(send("POST", MODULES, "application/octet-stream", "just some text".getBytes()), 400, "not_a_bundle");

        JsonNode unresolved = Accounts.error(upload(bundleJar("Bundle-ManifestVersion", "2", "Bundle-SymbolicName",
                "com.example.broken", "Bundle-Version", "1.0.0", "Import-Package", "com.example.missing")), 409, "unresolved");
        assertTrue(unresolved.toString(), unresolved.get("message").asText().contains("com.example.missing"));
        assertTrue(unresolved.toString(), unresolved.get("errors").get("requirements").get(0).asText().contains("com.example.missing"));

        JsonNode failed = Accounts.error(upload(bundleJar("Bundle-ManifestVersion", "2", "Bundle-SymbolicName",
                "com.example.nostart", "Bundle-Activator", "com.example.nostart.Missing")), 409, "start_failed");
        assertTrue(failed.toString(), failed.get("message").asText().contains("com.example.nostart.Missing"));

        Accounts.error(send("POST", MODULES, "text/plain", example()), 415, "unsupported_media_type");
        Accounts.error(send("POST", MODULES, "application/java-archive", bundleJar("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "com.example.fragment", "Fragment-Host", "io.stint.rest")), 400, "fragment_not_supported");

        long csv = module("io.stint.export.csv").get("id").asLong();
        Accounts.error(send("POST", MODULES + "/" + csv + "/update", "application/java-archive", example()), 400,
                "symbolic_name_mismatch");

        assertEquals(before, snapshot());
        assertEquals(bundles, context.getBundles().length);
        assertTrue(Modules.find(context, "com.example.broken").isEmpty());
        assertEquals(Bundle.ACTIVE, Modules.find(context, "io.stint.export.csv").orElseThrow().getState());
        assertEquals(200, admin.get("/api/v1/exports/time-entries-csv").status());
    }

    @Test
    public void anUpdateThatDoesNotResolveIsRolledBack() throws Exception {
        management(true);
        long id = upload(example()).json().get("module").get("id").asLong();
        admin.await(NOTES, 200, 30);
        try {
            JsonNode refused = Accounts.error(send("POST", MODULES + "/" + id + "/update", "application/java-archive",
                    bundleJar("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "io.stint.example", "Bundle-Version", "9.0.0",
                            "Import-Package", "com.example.missing")), 409, "unresolved");
            assertTrue(refused.toString(), refused.get("message").asText().contains("com.example.missing"));
            JsonNode kept = module("io.stint.example");
            assertEquals("ACTIVE", kept.get("state").asText());
            assertEquals(Modules.find(context, Modules.EXAMPLE).orElseThrow().getVersion().toString(), kept.get("version").asText());
            assertFalse("9.0.0".equals(kept.get("version").asText()));
            admin.await(NOTES, 200, 10);
        } finally {
            assertEquals(200, admin.delete(MODULES + "/" + id).status());
        }
    }

    @Test
    public void theCoreCannotBeStoppedOrRemoved() throws Exception {
        management(true);
        long rest = module("io.stint.rest").get("id").asLong();
        Accounts.error(admin.postJson(MODULES + "/" + rest + "/stop", "{}"), 409, "core_module");
        Accounts.error(admin.delete(MODULES + "/" + module("io.stint.admin").get("id").asLong()), 409, "core_module");
        assertEquals("ACTIVE", module("io.stint.rest").get("state").asText());
    }

    @Test
    public void onlyAnAdminAllTokenReachesModuleManagement() throws Exception {
        Accounts.Account user = new Accounts(admin).user("UTC", "read:*", "write:*");
        for (Http.Reply reply : List.of(user.http().get(MODULES), user.http().postJson(MODULES + "/1/stop", "{}"),
                user.http().get("/api/v1/admin/providers/ai"), user.http().json("PUT", "/api/v1/admin/providers/ai",
                        "{\"preferred\": \"ollama\"}"))) {
            assertEquals("admin:all", Accounts.error(reply, 403, "forbidden").get("required_scope").asText());
        }
        Accounts.error(admin.as(null).get(MODULES), 401, "unauthorized");
    }

    private String inUse() {
        Http.Reply reply = admin.get("/api/v1/ai/providers");
        return reply.status() == 200 ? reply.json().path("in_use").asText() : "";
    }

    @Test
    public void thePreferredAiProviderIsSetThroughConfigurationAndTakesEffectAtOnce() throws Exception {
        configure("io.stint.ai.ollama", Map.of("base.url", "http://127.0.0.1:9", "model", "llama-standin", "service.ranking", 10));
        configure("io.stint.ai.openai", Map.of("base.url", "http://127.0.0.1:9", "model", "gpt-standin", "service.ranking", 5,
                "api.key", "sk-standin-0123456789"));
        long deadline = System.currentTimeMillis() + 30_000;
        while (admin.get("/api/v1/admin/providers/ai").json().get("providers").size() < 2) {
            assertTrue("both providers register", System.currentTimeMillis() < deadline);
            Http.sleep(100);
        }
        JsonNode ai = admin.get("/api/v1/admin/providers/ai").json();
        assertTrue(ai.get("choosable").asBoolean());
        assertEquals("ollama", ai.get("preferred").asText());
        assertTrue(ai.get("target").isNull());
        assertEquals("ollama", ai.get("providers").get(0).get("id").asText());
        assertTrue(ai.get("providers").get(0).get("preferred").asBoolean());
        assertEquals("io.stint.ai.ollama", ai.get("providers").get(0).get("symbolic_name").asText());

        Http.Reply chosen = admin.json("PUT", "/api/v1/admin/providers/ai", "{\"preferred\": \"openai\"}");
        assertEquals(chosen.body(), 200, chosen.status());
        assertEquals("openai", chosen.json().get("preferred").asText());
        assertEquals("(provider.id=openai)", chosen.json().get("target").asText());
        deadline = System.currentTimeMillis() + 10_000;
        // the helper's components take the new target at once; its routes may be re-registering meanwhile
        while (!inUse().equals("openai")) {
            assertTrue("the helper uses openai", System.currentTimeMillis() < deadline);
            Http.sleep(50);
        }
        String file = Files.readString(Path.of(context.getProperty("stint.home"), "etc", "io.stint.ai.assistant.cfg"));
        assertTrue(file, file.contains("\nprovider.target=(provider.id=openai)\n"));
        assertTrue("the file's comments stay", file.contains("#provider.target=(provider.id=ollama)"));

        Accounts.error(admin.json("PUT", "/api/v1/admin/providers/ai", "{\"preferred\": \"nobody\"}"), 400, "validation_error");
        Accounts.error(admin.json("PUT", "/api/v1/admin/providers/ai", "{\"favourite\": \"openai\"}"), 400, "validation_error");
        assertEquals("openai", admin.get("/api/v1/admin/providers/ai").json().get("preferred").asText());

        Http.Reply cleared = admin.json("PUT", "/api/v1/admin/providers/ai", "{\"preferred\": null}");
        assertEquals(cleared.body(), "ollama", cleared.json().get("preferred").asText());
        assertTrue(cleared.json().get("target").isNull());

        Accounts.error(admin.json("PUT", "/api/v1/admin/providers/capture", "{\"preferred\": \"replay\"}"), 400,
                "validation_error"); // not live: the replay source needs a file to replay
        Accounts.error(admin.json("PUT", "/api/v1/admin/providers/ai", "{\"preferred\": \"openai\", \"bundle\": \"x\"}"), 400,
                "validation_error");
        JsonNode exporters = admin.get("/api/v1/admin/providers/exporter").json();
        assertTrue(exporters.get("choosable").asBoolean());
        assertTrue(exporters.get("providers").size() >= 3);
        Accounts.error(admin.get("/api/v1/admin/providers/telepathy"), 404, "not_found");
    }

    /** A competing {@code invoice-lines} exporter registered by the test: not a DS component, so not configurable. */
    private static final class StandinLines implements Exporter {
        @Override
        public String id() {
            return "invoice-lines";
        }

        @Override
        public String title() {
            return "Stand-in lines";
        }

        @Override
        public String mediaType() {
            return "text/csv";
        }

        @Override
        public String extension() {
            return "csv";
        }

        @Override
        public String scope() {
            return "read:blocks";
        }

        @Override
        public List<ExportParameter> parameters() {
            return List.of(ExportParameter.of("start_date", ExportParameter.DATE, false, null, "Taken, not used."),
                    ExportParameter.of("end_date", ExportParameter.DATE, false, null, "Taken, not used."),
                    ExportParameter.of("rounding_minutes", ExportParameter.INTEGER, false, null, "Taken, not used."));
        }

        @Override
        public Export prepare(ExportRequest request) {
            return new Export() {
                @Override
                public long estimatedRows() {
                    return 1;
                }

                @Override
                public String fileName() {
                    return "standin.csv";
                }

                @Override
                public void writeTo(OutputStream out, ExportProgress progress) throws IOException {
                    out.write("standin\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            };
        }
    }

    private static final String EXPORTERS = "/api/v1/admin/providers/exporter";
    private static final String CSV_PID = "io.stint.export.csv.internal.InvoiceLinesExporter";
    private static final String LINES = "{\"start_date\": \"2026-02-01\", \"end_date\": \"2026-02-28\", \"rounding_minutes\": 6}";

    /** The live invoice-lines exporters as the admin API lists them, best first. */
    private List<JsonNode> invoiceLines(JsonNode capability) {
        List<JsonNode> found = new ArrayList<>();
        capability.get("providers").forEach(p -> {
            if ("invoice-lines".equals(p.get("id").asText())) {
                found.add(p);
            }
        });
        return found;
    }

    /** Waits until ChronicleCore's invoice-lines route answers with a body that starts with {@code start}. */
    private void awaitLines(String start) {
        long deadline = System.currentTimeMillis() + 10_000;
        String body = "";
        while (!(body = admin.postJson("/api/v1/export/invoice-lines", LINES).body()).startsWith(start)) {
            assertTrue("invoice-lines answers " + start + ", not " + body, System.currentTimeMillis() < deadline);
            Http.sleep(50);
        }
    }

    @Test
    public void aPreferredExporterOutranksAnotherWithItsIdAtOnceAndInItsEtcFile() throws Exception {
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(org.osgi.framework.Constants.SERVICE_RANKING, 50);
        ServiceRegistration<Exporter> standin = context.registerService(Exporter.class, new StandinLines(), props);
        Path file = Path.of(context.getProperty("stint.home"), "etc", CSV_PID + ".cfg");
        try {
            awaitLines("standin");
            List<JsonNode> lines = invoiceLines(admin.get(EXPORTERS).json());
            assertEquals(2, lines.size());
            assertEquals(context.getBundle().getSymbolicName(), lines.get(0).get("symbolic_name").asText());
            assertEquals(50, lines.get(0).get("ranking").asInt());
            assertTrue(lines.get(0).get("preferred").asBoolean());
            assertFalse(lines.get(1).get("preferred").asBoolean());
            assertTrue(lines.get(1).get("configured_ranking").isNull());

            Accounts.error(admin.json("PUT", EXPORTERS, "{\"preferred\": \"invoice-lines\"}"), 400, "validation_error");
            Accounts.error(admin.json("PUT", EXPORTERS, "{\"preferred\": \"invoice-lines\", \"bundle\": \""
                    + context.getBundle().getSymbolicName() + "\"}"), 400, "validation_error");
            Accounts.error(admin.json("PUT", EXPORTERS, "{\"preferred\": \"no-such\", \"bundle\": \"io.stint.export.csv\"}"), 400,
                    "validation_error");
            Accounts.error(admin.json("PUT", EXPORTERS, "{\"preferred\": null}"), 400, "validation_error");
            assertFalse("refusals write nothing", Files.exists(file));

            Http.Reply preferred = admin.json("PUT", EXPORTERS, "{\"preferred\": \"invoice-lines\", \"bundle\": \"io.stint.export.csv\"}");
            assertEquals(preferred.body(), 200, preferred.status());
            lines = invoiceLines(preferred.json());
            assertEquals("io.stint.export.csv", lines.get(0).get("symbolic_name").asText());
            assertEquals(100, lines.get(0).get("ranking").asInt());
            assertEquals(100, lines.get(0).get("configured_ranking").asInt());
            assertTrue(lines.get(0).get("preferred").asBoolean());
            assertFalse(lines.get(1).get("preferred").asBoolean());
            awaitLines("Client,");
            assertTrue(Files.readString(file), Files.readString(file).contains("\nservice.ranking=I\"100\"\n"));

            // as after a restart, the file alone sets the ranking: FileInstall reads it back as an Integer
            org.osgi.service.cm.Configuration config = cm().getConfiguration(CSV_PID, "?");
            Dictionary<String, Object> withoutRanking = config.getProperties();
            withoutRanking.remove("service.ranking");
            config.update(withoutRanking);
            awaitLines("standin");
            Files.writeString(file, Files.readString(file) + "# read again\n");
            awaitLines("Client,");
            assertEquals(Integer.valueOf(100), cm().getConfiguration(CSV_PID, "?").getProperties().get("service.ranking"));
            assertEquals(100, invoiceLines(admin.get(EXPORTERS).json()).get(0).get("ranking").asInt());

            Http.Reply cleared = admin.json("PUT", EXPORTERS, "{\"preferred\": \"invoice-lines\", \"bundle\": null}");
            assertEquals(cleared.body(), 200, cleared.status());
            lines = invoiceLines(cleared.json());
            assertEquals(context.getBundle().getSymbolicName(), lines.get(0).get("symbolic_name").asText());
            assertTrue(lines.get(1).get("configured_ranking").isNull());
            awaitLines("standin");
            assertFalse(Files.readString(file), Files.readString(file).contains("service.ranking="));
        } finally {
            standin.unregister();
        }
    }

    @Test
    public void aModuleLargerThanTheApisBodyLimitCanBeUploaded() throws Exception {
        management(true);
        byte[] large = bundleJar(3 * 1024 * 1024, "Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "com.example.large",
                "Bundle-Version", "1.0.0");
        assertTrue("larger than max.body.bytes (1 MiB)", large.length > 3 * 1024 * 1024);
        Http.Reply made = upload(large);
        assertTrue(made.body(), made.status() == 200 || made.status() == 201);
        JsonNode module = module("com.example.large");
        assertTrue("listed", module != null);
        assertEquals(200, admin.delete(MODULES + "/" + module.get("id").asLong()).status());
        assertTrue("gone", module("com.example.large") == null);
        Accounts.error(admin.postJson("/api/v1/time-entries", "{\"notes\": \"" + "x".repeat(1_100_000) + "\"}"), 413,
                "payload_too_large");
    }

    /** The ids of the capture sources the activity module has bound, from the tracking status. */
    private List<String> boundSources() {
        List<String> ids = new java.util.ArrayList<>();
        admin.get("/api/v1/tracking/status").json().get("sources").forEach(src -> ids.add(src.get("id").asText()));
        java.util.Collections.sort(ids);
        return ids;
    }

    @Test
    public void preferringACaptureSourceLeavesTheOthersUnboundUntilThePreferenceIsCleared() throws Exception {
        admin.await("/api/v1/tracking/status", 200, 30);
        JsonNode capture = admin.get("/api/v1/admin/providers/capture").json();
        assertTrue(capture.get("choosable").asBoolean());
        assertTrue("every source is used while none is preferred", capture.get("preferred").isNull());
        List<String> all = boundSources();
        assertTrue(all.toString(), all.containsAll(List.of("activitywatch", "chronicle-extension")));

        Http.Reply chosen = admin.json("PUT", "/api/v1/admin/providers/capture", "{\"preferred\": \"activitywatch\"}");
        assertEquals(chosen.body(), 200, chosen.status());
        assertEquals("activitywatch", chosen.json().get("preferred").asText());
        assertEquals("(source.id=activitywatch)", chosen.json().get("target").asText());
        List<String> only = List.of();
        for (int i = 0; i < 100 && !(only = boundSources()).equals(List.of("activitywatch")); i++) {
            Http.sleep(50);
        }
        assertEquals(List.of("activitywatch"), only);
        String file = Files.readString(Path.of(context.getProperty("stint.home"), "etc", "io.stint.activity.internal.SourceBinder.cfg"));
        assertTrue(file, file.contains("sources.target=(source.id=activitywatch)"));

        Http.Reply cleared = admin.json("PUT", "/api/v1/admin/providers/capture", "{\"preferred\": null}");
        assertEquals(cleared.body(), 200, cleared.status());
        assertTrue(cleared.json().get("preferred").isNull());
        List<String> again = List.of();
        for (int i = 0; i < 100 && !(again = boundSources()).equals(all); i++) {
            Http.sleep(50);
        }
        assertEquals(all, again);
    }
}
