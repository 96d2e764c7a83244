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
 * added and stint-tracking and stint-admin installed at boot (what feature:repo-add and
 * feature:install do), then, from inside Karaf, Stint answers /health, the tracking module's route
 * and the admin module's list of modules over real HTTP.
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
            // What feature:repo-add and feature:install stint-tracking stint-admin do, at boot.
            features(features, "stint-tracking", "stint-admin"),
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

    private record Reply(int status, String body) {
    }

    /** Asks until {@code status} comes back (Karaf installs the features while the test starts), or the time is up. */
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
        URL url = new URL("http://127.0.0.1:" + System.getProperty("org.osgi.service.http.port") + path);
        HttpURLConnection c = (HttpURLConnection) url.openConnection();
        c.setConnectTimeout(5000);
        c.setReadTimeout(10000);
        if (token != null) {
            c.setRequestProperty("Authorization", "Bearer " + token);
        }
        try {
            int status = c.getResponseCode();
            InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
            return new Reply(status, in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
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
