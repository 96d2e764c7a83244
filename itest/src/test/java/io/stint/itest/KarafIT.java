package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Stint in a stock Apache Karaf 4.4 (the distribution from Maven Central, unpacked as is): the
 * generated features repository (features/catalog/target/features.xml) added and stint-tracking
 * installed at boot, exactly what feature:repo-add and feature:install do, then Stint answers over
 * HTTP. Karaf runs as its own process (bin/karaf server) on free ports.
 */
public class KarafIT {

    private static final Path WORK = Path.of(System.getProperty("stint.itest.work", "target/itest-work"));

    @Test
    public void stintInstallsIntoAStockKarafAndServesHealthAndTimeEntries() throws Exception {
        Path dir = Files.createDirectories(WORK.resolve("karaf-" + UUID.randomUUID()));
        Path karaf = unpack(Path.of(System.getProperty("stint.karaf.distribution")), dir);
        int port = ServerProcess.freePort();
        String features = Path.of(System.getProperty("stint.karaf.features")).toUri().toString();
        edit(karaf.resolve("etc/org.apache.karaf.features.cfg"), "featuresRepositories", v -> v + ", " + features);
        edit(karaf.resolve("etc/org.apache.karaf.features.cfg"), "featuresBoot", v -> v + ", stint-tracking");
        String ssh = String.valueOf(ServerProcess.freePort());
        String rmiRegistry = String.valueOf(ServerProcess.freePort());
        String rmiServer = String.valueOf(ServerProcess.freePort());
        edit(karaf.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", v -> ssh);
        edit(karaf.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", v -> rmiRegistry);
        edit(karaf.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", v -> rmiServer);
        Files.writeString(karaf.resolve("etc/org.ops4j.pax.url.mvn.cfg"), "\norg.ops4j.pax.url.mvn.localRepository="
                + System.getProperty("org.ops4j.pax.url.mvn.localRepository") + "\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(karaf.resolve("etc/system.properties"), "\norg.osgi.service.http.port=" + port
                + "\norg.apache.felix.http.host=127.0.0.1\nstint.data=" + dir.resolve("data")
                + "\nstint.bootstrap.token=" + StintRuntime.TOKEN + "\n", java.nio.file.StandardOpenOption.APPEND);

        ProcessBuilder pb = new ProcessBuilder(karaf.resolve("bin/karaf").toString(), "server");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.redirectErrorStream(true).redirectOutput(dir.resolve("karaf.out").toFile());
        pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = pb.start();
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = await(client, port, "/health", 200, 120, process);
            assertEquals(log(karaf), 200, health.statusCode());
            assertTrue(health.body(), health.body().contains("\"status\":\"ok\""));
            HttpResponse<String> entries = await(client, port, "/api/v1/time-entries", 200, 30, process);
            assertEquals(entries.body(), 200, entries.statusCode());
            assertTrue(entries.body(), entries.body().contains("\"time_entries\":[]"));
            assertEquals("activity is not installed", 404, send(client, port, "/api/v1/blocks").statusCode());
        } finally {
            stop(process);
        }
    }

    /** bin/karaf is a script that forks Karaf's JVM: stop the JVM (SIGTERM, Karaf's clean shutdown), then the script. */
    private static void stop(Process script) throws InterruptedException {
        java.util.List<ProcessHandle> jvms = script.descendants().toList();
        jvms.forEach(ProcessHandle::destroy);
        for (ProcessHandle jvm : jvms) {
            try {
                jvm.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                jvm.destroyForcibly();
            }
        }
        script.destroy();
        if (!script.waitFor(30, TimeUnit.SECONDS)) {
            script.destroyForcibly();
        }
    }

    private static Path unpack(Path distribution, Path dir) throws Exception {
        Process tar = new ProcessBuilder("tar", "xzf", distribution.toString(), "-C", dir.toString()).inheritIO().start();
        assertEquals(0, tar.waitFor());
        try (var entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("apache-karaf-")).findFirst().orElseThrow();
        }
    }

    /** Rewrites one (possibly continued) "key = value" entry of a Karaf .cfg file. */
    private static void edit(Path cfg, String key, java.util.function.UnaryOperator<String> change) throws IOException {
        String text = Files.readString(cfg);
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "\\s*=\\s*((?:[^\\n]*\\\\\\n)*[^\\n]*)$").matcher(text);
        assertTrue(key + " in " + cfg, m.find());
        String value = m.group(1).replaceAll("\\\\\\n\\s*", "").strip();
        Files.writeString(cfg, text.substring(0, m.start()) + key + " = " + change.apply(value) + text.substring(m.end()));
    }

    private static HttpResponse<String> await(HttpClient client, int port, String path, int status, int seconds, Process karaf)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline && karaf.isAlive()) {
            try {
                last = send(client, port, path);
                if (last.statusCode() == status) {
                    return last;
                }
            } catch (IOException notYet) {
                // Karaf is still starting
            }
            Thread.sleep(200);
        }
        if (last == null) {
            throw new AssertionError("nothing answered on " + path + " within " + seconds + " s");
        }
        return last;
    }

    private static HttpResponse<String> send(HttpClient client, int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + StintRuntime.TOKEN).build(), BodyHandlers.ofString());
    }

    private static String log(Path karaf) throws IOException {
        Path log = karaf.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readString(log) : "(no karaf.log)";
    }
}
