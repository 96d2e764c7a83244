package io.stint.itest.karaf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFileExtend;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Stint in a stock Apache Karaf 4.4 through pax-exam's Karaf container: the distribution from Maven
 * Central unpacked as is, the generated features repository (features/catalog/target/features.xml)
 * added and stint-tracking, stint-admin and stint-webconsole installed at boot (what
 * feature:repo-add and feature:install do), then, from inside Karaf, over real HTTP: Stint answers
 * /health, the tracking module's route and the admin module's list of modules; the Web Console is
 * locked (also to its built-in admin/admin) until Karaf's etc/ names credentials, then opens to
 * those only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafIT {

    /** The admin token Stint starts with (io.stint.security's bootstrap token). */
    private static final String TOKEN = "tt_karafBootstrapToken0123456789abc";

    @Configuration
    public Option[] config() throws IOException {
        Path work = Files.createDirectories(Path.of(System.getProperty("stint.itest.work")));
        Path repository = work.resolve("repository");
        BuildRepository.write(Path.of(System.getProperty("stint.karaf.bundles")), repository);
        String features = Path.of(System.getProperty("stint.karaf.features")).toUri().toString();
        String mvn = "etc/org.ops4j.pax.url.mvn.cfg";
        return new Option[] {
            karafDistributionConfiguration()
                .frameworkUrl(maven().groupId("org.apache.karaf").artifactId("apache-karaf").type("tar.gz")
                    .version(System.getProperty("stint.karaf.version")))
                .unpackDirectory(work.resolve("karaf").toFile())
                .useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            // Karaf's bin/karaf sets these for Java 9+ (paths relative to the Karaf folder, where it runs).
            vmOptions("-Xmx512m", "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + System.getProperty("stint.karaf.version") + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + System.getProperty("stint.karaf.version") + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED", "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED", "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED"),
            // pax-url in Karaf: this build's jars, the local repository, then Maven Central only.
            editConfigurationFilePut(mvn, "org.ops4j.pax.url.mvn.localRepository", System.getProperty("org.ops4j.pax.url.mvn.localRepository")),
            editConfigurationFilePut(mvn, "org.ops4j.pax.url.mvn.repositories", System.getProperty("org.ops4j.pax.url.mvn.repositories")),
            editConfigurationFileExtend(mvn, "org.ops4j.pax.url.mvn.defaultRepositories", repository.toUri() + "@id=stint.build@snapshots"),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            // What feature:repo-add and feature:install stint-tracking stint-admin stint-webconsole do, at boot.
            features(features, "stint-tracking", "stint-admin", "stint-webconsole"),
            systemProperty("org.osgi.service.http.port").value(String.valueOf(freePort())),
            systemProperty("org.apache.felix.http.host").value("127.0.0.1"),
            systemProperty("stint.data").value(work.resolve("data-" + UUID.randomUUID()).toString()),
            systemProperty("stint.bootstrap.token").value(TOKEN),
        };
    }

    @Test
    public void stintInstalledAsKarafFeaturesServesHealthTimeEntriesAndItsModules() throws Exception {
        Reply health = await("/health", 200, 90);
        assertEquals(health.body, 200, health.status);
        assertTrue(health.body, health.body.contains("\"status\":\"ok\""));
        Reply entries = await("/api/v1/time-entries", 200, 30);
        assertEquals(entries.body, 200, entries.status);
        assertTrue(entries.body, entries.body.contains("\"time_entries\":[]"));
        assertEquals("without a token", 401, get("/api/v1/time-entries", null).status);
        assertEquals("activity is not installed", 404, get("/api/v1/blocks", TOKEN).status);

        Reply modules = await("/api/v1/admin/modules", 200, 30);
        assertEquals(modules.body, 200, modules.status);
        assertTrue(modules.body, modules.body.contains("\"symbolic_name\":\"io.stint.tracking\"")
                && modules.body.contains("\"feature\":\"tracking\"") && modules.body.contains("\"management_enabled\":false"));
    }

    @Test
    public void theWebConsoleStaysLockedUntilEtcNamesCredentials() throws Exception {
        // Stint's REST API at / answers 401 too, without a challenge: wait for the console's own.
        long registered = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Reply locked = null;
        while ((locked == null || !locked.challenged()) && System.nanoTime() < registered) {
            try {
                locked = get("/system/console/bundles", null);
            } catch (IOException notYet) {
                // Stint's HTTP server is not listening yet
            }
            Thread.sleep(200);
        }
        assertTrue("nothing answered on /system/console/bundles", locked != null);
        assertLocked(locked);
        assertLocked(console("admin", "admin"));

        String password = "karaf-" + UUID.randomUUID();
        Files.writeString(Path.of(System.getProperty("karaf.etc")).resolve("org.apache.felix.webconsole.internal.servlet.OsgiManager.cfg"),
                "username=ops\npassword=" + password + "\n");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Reply open = console("ops", password);
        while (open.status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            open = console("ops", password);
        }
        assertEquals(open.body, 200, open.status);
        assertTrue("lists Stint's bundles", open.body.contains("io.stint.tracking"));
        assertLocked(console("admin", "admin"));
        assertLocked(console("ops", password + "x"));
        assertLocked(get("/system/console/bundles", null));
    }

    private static void assertLocked(Reply reply) {
        assertEquals(reply.body, 401, reply.status);
        assertTrue("the console's Basic challenge", reply.challenged());
    }

    private static Reply console(String user, String password) throws IOException {
        return get("/system/console/bundles", null, "Basic " + Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** Status, body and the WWW-Authenticate header (or null). */
    private record Reply(int status, String body, String challenge) {

        boolean challenged() {
            return status == 401 && challenge != null && challenge.startsWith("Basic realm=\"OSGi Management Console\"");
        }
    }

    /** Asks with the admin token until {@code status} comes back (Karaf installs the features while the test starts), or the time is up. */
    private static Reply await(String path, int status, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Reply last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path, TOKEN);
                if (last.status == status) {
                    return last;
                }
            } catch (IOException notYet) {
                // Stint's HTTP server is not listening yet
            }
            Thread.sleep(200);
        }
        if (last == null) {
            throw new AssertionError("nothing answered on " + path + " within " + seconds + " s");
        }
        return last;
    }

    private static Reply get(String path, String token) throws IOException {
        return get(path, token, null);
    }

    /** GET with the admin token as a Bearer token, or another Authorization header, or none. */
    private static Reply get(String path, String token, String authorization) throws IOException {
        URL url = new URL("http://127.0.0.1:" + System.getProperty("org.osgi.service.http.port") + path);
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(10000);
        if (token != null || authorization != null) {
            c.setRequestProperty("Authorization", token != null ? "Bearer " + token : authorization);
        }
        try {
            int status = c.getResponseCode();
            InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
            return new Reply(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    c.getHeaderField("WWW-Authenticate"));
        } finally {
            c.disconnect();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
