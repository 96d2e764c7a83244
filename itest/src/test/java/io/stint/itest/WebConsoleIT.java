package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
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

/**
 * The optional Web Console (feature webconsole, Felix Web Console 5) in the Stint runtime over real
 * HTTP: without credentials in etc/ it stays locked, also to its built-in admin/admin; once
 * etc/org.apache.felix.webconsole.internal.servlet.OsgiManager.cfg names a user and a password (plain
 * or {sha-256} hashed), only those open /system/console/bundles, which lists Stint's bundles, while
 * /api/v1 serves on.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebConsoleIT {

    private static final String PID = "org.apache.felix.webconsole.internal.servlet.OsgiManager";
    private static final String BUNDLES = "/system/console/bundles";

    private BundleContext context;
    private Http http;
    private Path cfg;

    @Configuration
    public Option[] config() throws Exception {
        Path dir = Path.of(System.getProperty("stint.itest.work")).resolve("webconsole-" + UUID.randomUUID());
        List<Option> options = new ArrayList<>(List.of(StintRuntime.in(dir.resolve("home"), dir.resolve("data"))));
        options.addAll(WebConsoleFeature.options());
        return options.toArray(Option[]::new);
    }

    @Before
    public void connect() {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        http = new Http(context);
        http.await("/api/v1/time-entries", 200, 30);
        cfg = Path.of(context.getProperty("felix.fileinstall.dir")).resolve(PID + ".cfg");
    }

    @Test
    public void withoutConfiguredCredentialsTheConsoleStaysLockedEvenToAdminAdmin() throws Exception {
        Files.deleteIfExists(cfg);
        awaitNoConfiguration();
        awaitStatus(401, null, null);
        assertLocked(console("admin", "admin"));
        assertLocked(console("admin", ""));
        assertLocked(console(null, null));
        assertEquals("the REST API serves on", 200, http.get("/api/v1/time-entries").status());
    }

    @Test
    public void configuredCredentialsAloneOpenTheConsoleWhichListsStintsBundles() throws Exception {
        String password = "console-" + UUID.randomUUID();
        Files.writeString(cfg, "username=ops\npassword=" + password + "\n");
        awaitStatus(200, "ops", password);

        assertLocked(console(null, null));
        assertLocked(console("ops", password + "x"));
        assertLocked(console("admin", password));
        assertLocked(console("admin", "admin"));

        Http.Reply page = console("ops", password);
        assertEquals(200, page.status());
        for (String bsn : List.of("io.stint.rest", "io.stint.security", "io.stint.store", "io.stint.tracking", "io.stint.admin")) {
            assertTrue(bsn + " listed", page.body().contains(bsn));
        }
        assertEquals("the REST API serves on", 200, http.get("/api/v1/time-entries").status());

        String hashed = "{sha-256}" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(cfg, "username=ops\npassword=" + hashed + "\n");
        awaitStatus(401, "ops", hashed);
        assertEquals("a hashed password checks the plain one", 200, console("ops", password).status());
        Files.delete(cfg);
        awaitNoConfiguration();
    }

    /** GET /system/console/bundles with Basic credentials (none when user is null). */
    private Http.Reply console(String user, String password) {
        if (user == null) {
            return http.raw("GET", BUNDLES);
        }
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.raw("GET", BUNDLES, "Authorization", "Basic " + basic);
    }

    /** The console's own refusal: a Basic challenge of its realm (Stint's REST API at / answers 401 without one). */
    private static void assertLocked(Http.Reply reply) {
        assertEquals(reply.body(), 401, reply.status());
        assertTrue(reply.raw().headers().map().toString(), challenged(reply));
    }

    private static boolean challenged(Http.Reply reply) {
        return reply.raw().headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"OSGi Management Console\"");
    }

    /**
     * FileInstall and the console apply etc/ changes asynchronously: polls until the answer is
     * {@code status} (a 401 from the console itself).
     */
    private void awaitStatus(int status, String user, String password) {
        long deadline = System.currentTimeMillis() + 15_000;
        Http.Reply last = console(user, password);
        while ((last.status() != status || status == 401 && !challenged(last)) && System.currentTimeMillis() < deadline) {
            Http.sleep(100);
            last = console(user, password);
        }
        assertEquals(last.body(), status, last.status());
        if (status == 401) {
            assertLocked(last);
        }
    }

    private void awaitNoConfiguration() throws Exception {
        ConfigurationAdmin cm = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        long deadline = System.currentTimeMillis() + 15_000;
        while (cm.listConfigurations("(service.pid=" + PID + ")") != null && System.currentTimeMillis() < deadline) {
            Http.sleep(100);
        }
        assertNull(cm.listConfigurations("(service.pid=" + PID + ")"));
    }
}
