package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * A third party's bundle: {@code examples/hours-by-day-exporter}, built by Maven on its own pom
 * against Stint's API artifacts only, is dropped into {@code deploy/}, listed and run as an exporter
 * over HTTP on data made through the API, then deleted and gone.
 * <p>
 * The build must not depend on Stint being in the developer's local Maven repository: {@code mvn
 * verify} installs nothing. So the API jars this reactor just packaged (and the POMs they name) are
 * published into a fresh repository under {@code target/}, as a release would publish them, and
 * Maven runs offline, reading every plugin and library through a {@code file:} mirror of the local
 * repository the reactor itself filled.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ThirdPartyBundleIT {

    private static final String ID = "hours-by-day";
    private static final String BSN = "com.example.stint.hoursbyday";
    private static final String EXAMPLE = "hours-by-day-exporter";
    /** What the example compiles against: the exporter SPI, and the time entries it reads. */
    private static final List<String> API = List.of("io.stint.export.api", "io.stint.tracking.api");

    private BundleContext context;
    private Http admin;
    private Accounts accounts;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("third-party");
    }

    @Before
    public void connect() throws Exception {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await("/api/v1/users/me", 200, 30);
        admin.await("/api/v1/exports/time-entries-csv", 200, 30);
        accounts = new Accounts(admin);
    }

    @Test
    public void aBundleBuiltOnItsOwnIsDeployedListedRunAndRemovedWhileTheServerRuns() throws Exception {
        Path jar = build();
        long project = admin.postJson("/api/v1/projects", "{\"name\": \"Timesheet\"}").json().get("project").get("id").asLong();
        Http user = accounts.user("Europe/Berlin", "read:exports", "write:exports", "read:time_entries", "write:time_entries").http();
        entry(user, project, "2026-03-02T09:00:00", "2026-03-02T10:30:00");
        entry(user, project, "2026-03-02T13:00:00", "2026-03-02T13:30:00");
        entry(user, project, "2026-03-04T23:30:00", "2026-03-05T00:15:00"); // counts on the day it started
        entry(user, project, "2026-03-06T09:00:00", "2026-03-06T17:00:00"); // after the period
        entry(admin, project, "2026-03-03T10:00:00", "2026-03-03T11:00:00"); // someone else's
        String period = "{\"start_date\": \"2026-03-02\", \"end_date\": \"2026-03-05\"}";

        assertFalse(exporters().contains(ID));
        Accounts.error(user.postJson("/api/v1/exports/" + ID, period), 404, "not_found");

        Path deployed = Path.of(context.getProperty("stint.home"), "deploy", EXAMPLE + ".jar");
        Files.copy(jar, deployed, StandardCopyOption.REPLACE_EXISTING);
        awaitListed(true);
        Bundle bundle = Modules.find(context, BSN).orElseThrow();
        assertEquals(Bundle.ACTIVE, bundle.getState());
        assertEquals("its only Stint imports are the published APIs", new TreeSet<>(API), stintImports(bundle));

        JsonNode exporter = user.get("/api/v1/exports/" + ID).json().get("exporter");
        assertEquals("text/csv", exporter.get("media_type").asText());
        assertEquals("read:time_entries", exporter.get("scope").asText());
        assertEquals("[\"start_date\",\"end_date\",\"project_id\"]", names(exporter.get("parameters")));

        Http.Reply file = user.postJson("/api/v1/exports/" + ID, period);
        assertEquals(file.body(), 200, file.status());
        assertTrue(file.raw().headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertEquals("attachment; filename=\"hours-by-day-2026-03-02-2026-03-05.csv\"",
                file.raw().headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("Date,Hours,Entries\r\n"
                + "2026-03-02,2.00,2\r\n"
                + "2026-03-03,0.00,0\r\n"
                + "2026-03-04,0.75,1\r\n"
                + "2026-03-05,0.00,0\r\n", file.body());
        assertEquals("the admin's own timesheet", "Date,Hours,Entries\r\n2026-03-03,1.00,1\r\n",
                admin.postJson("/api/v1/exports/" + ID, "{\"start_date\": \"2026-03-03\", \"end_date\": \"2026-03-03\"}").body());

        JsonNode refused = Accounts.error(user.postJson("/api/v1/exports/" + ID,
                "{\"start_date\": \"2026-03-05\", \"end_date\": \"2026-03-02\"}"), 400, "validation_error");
        assertEquals("[\"end_date must not be before start_date\"]", refused.get("errors").get("end_date").toString());
        Accounts.error(user.postJson("/api/v1/exports/" + ID, "{\"end_date\": \"2026-03-02\"}"), 400, "validation_error");
        Http exportsOnly = accounts.user("UTC", "read:exports", "write:exports").http();
        Accounts.error(exportsOnly.postJson("/api/v1/exports/" + ID, period), 403, "forbidden");

        Files.delete(deployed);
        awaitListed(false);
        Accounts.error(user.postJson("/api/v1/exports/" + ID, period), 404, "not_found");
        Accounts.error(user.get("/api/v1/exports/" + ID), 404, "not_found");
        long deadline = System.currentTimeMillis() + 10_000;
        while (Modules.find(context, BSN).isPresent() && System.currentTimeMillis() < deadline) {
            Http.sleep(50);
        }
        assertFalse("the bundle is uninstalled", Modules.find(context, BSN).isPresent());
        assertTrue(exporters().contains("time-entries-csv"));
    }

    private static void entry(Http as, long project, String start, String end) {
        Http.Reply made = as.postJson("/api/v1/time-entries", "{\"project_id\": " + project + ", \"start_time\": \"" + start
                + "\", \"end_time\": \"" + end + "\"}");
        assertEquals(made.body(), 201, made.status());
    }

    private List<String> exporters() {
        List<String> ids = new ArrayList<>();
        admin.get("/api/v1/exports").json().get("exporters").forEach(e -> ids.add(e.get("id").asText()));
        return ids;
    }

    private static String names(JsonNode parameters) {
        List<String> names = new ArrayList<>();
        parameters.forEach(p -> names.add("\"" + p.get("name").asText() + "\""));
        return "[" + String.join(",", names) + "]";
    }

    /** FileInstall polls every 500 ms and DS then registers the exporter: allow a generous margin on a busy machine. */
    private void awaitListed(boolean listed) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (exporters().contains(ID) != listed && System.currentTimeMillis() < deadline) {
            Http.sleep(50);
        }
        assertEquals(exporters().toString(), listed, exporters().contains(ID));
    }

    private static Set<String> stintImports(Bundle bundle) {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("(?:^|,)(io\\.stint\\.[\\w.]+)").matcher(bundle.getHeaders().get("Import-Package"));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    // ---- building the example as its author would, against published API artifacts only ----

    /** Builds {@code examples/hours-by-day-exporter} with its own pom and answers the bundle jar. */
    private static Path build() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("stint.root"));
        String version = System.getProperty("stint.version");
        Path work = Path.of(System.getProperty("stint.itest.work"), "third-party-build-" + UUID.randomUUID());
        Path repository = work.resolve("repository");
        Path project = work.resolve(EXAMPLE);
        copyTree(root.resolve("examples").resolve(EXAMPLE), project);

        publish(repository, "stint", version, "pom", root.resolve("pom.xml"));
        publish(repository, "bundles", version, "pom", root.resolve("bundles/pom.xml"));
        for (String api : API) {
            Path module = root.resolve("bundles").resolve(api);
            publish(repository, api, version, "pom", module.resolve("pom.xml"));
            publish(repository, api, version, "jar", module.resolve("target").resolve(api + "-" + version + ".jar"));
        }
        // Replaces the example's Maven Central mirror: everything else comes from the local repository, no network.
        Path local = Path.of(System.getProperty("org.ops4j.pax.url.mvn.localRepository"));
        Files.writeString(project.resolve(".mvn/settings.xml"), "<settings><mirrors><mirror><id>local</id><url>"
                + local.toUri() + "</url><mirrorOf>*</mirrorOf></mirror></mirrors></settings>\n");

        Path log = work.resolve("build.log");
        ProcessBuilder mvn = new ProcessBuilder(Path.of(System.getProperty("stint.maven.home"), "bin", "mvn").toString(),
                "-q", "-o", "-Daether.offline.protocols=file", "-Dmaven.repo.local=" + repository,
                "-Dstint.version=" + version, "package")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        mvn.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = mvn.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the example's build took over 5 minutes; see " + log);
        }
        if (process.exitValue() != 0) {
            fail("the example's build failed (" + log + "):\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        return project.resolve("target").resolve(EXAMPLE + "-1.0.0.jar");
    }

    /** Puts {@code file} where a Maven repository holds {@code io.stint:artifact:version}. */
    private static void publish(Path repository, String artifact, String version, String extension, Path file) throws IOException {
        Path dir = repository.resolve("io/stint").resolve(artifact).resolve(version);
        Files.createDirectories(dir);
        Files.copy(file, dir.resolve(artifact + "-" + version + "." + extension), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Copies the example's sources, leaving out a {@code target/} a developer's own build left there. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(f -> !from.relativize(f).startsWith("target")).toList()) {
                Path copy = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(f, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
