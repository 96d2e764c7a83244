package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Bundles' migrations in the running store: applied at start, and a changed applied script refused.
 * pax-exam builds the configuration once per class, so the methods share a data folder.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class MigrationGateIT {

    private static final String V1 = "CREATE TABLE ITEST_GATE (ID INT PRIMARY KEY);\n";
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("migrations");
    }

    @Before
    public void waitForTheStore() {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        new Http(context).await("/api/v1/health", 200, 30);
        long deadline = System.currentTimeMillis() + 10_000;
        while (context.getServiceReference(DataSource.class) == null && System.currentTimeMillis() < deadline) {
            Http.sleep(20);
        }
    }

    @Test
    public void aStartingBundlesMigrationsAreAppliedBeforeItGetsTheDatabase() throws Exception {
        Bundle module = install("itest.first", Map.of("V1__first.sql", "CREATE TABLE ITEST_FIRST (ID INT);\n"));
        assertNotNull(database(module));
        assertEquals(1, count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'ITEST_FIRST'"));
        assertEquals(1, count("SELECT COUNT(*) FROM STINT_SCHEMA_HISTORY WHERE OWNER = 'itest.first'"));
    }

    @Test
    public void aBundleWhoseAppliedScriptChangedIsRefusedTheDatabaseAndNothingIsLost() throws Exception {
        Bundle module = install("itest.gate", Map.of("V1__gate.sql", V1));
        DataSource db = database(module);
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO ITEST_GATE VALUES (7)");
        }

        module.update(jar("itest.gate", Map.of("V1__gate.sql", "CREATE TABLE ITEST_GATE (ID BIGINT PRIMARY KEY);\n")));
        module.start();
        assertNull("a bundle whose applied migration was edited gets no DataSource", database(module));
        assertEquals(1, count("SELECT COUNT(*) FROM ITEST_GATE WHERE ID = 7"));

        module.update(jar("itest.gate", new LinkedHashMap<>(Map.of("V1__gate.sql", V1,
                "V2__gate_note.sql", "ALTER TABLE ITEST_GATE ADD COLUMN NOTE VARCHAR(20);\n"))));
        module.start();
        assertNotNull("restoring the script and adding a version is accepted", database(module));
        assertEquals(2, count("SELECT COUNT(*) FROM STINT_SCHEMA_HISTORY WHERE OWNER = 'itest.gate'"));
        assertEquals(1, count("SELECT COUNT(*) FROM ITEST_GATE WHERE ID = 7 AND NOTE IS NULL"));
    }

    private Bundle install(String bsn, Map<String, String> scripts) throws Exception {
        Bundle b = context.installBundle("itest:" + bsn, jar(bsn, scripts));
        b.start();
        return b;
    }

    private static DataSource database(Bundle module) {
        BundleContext ctx = module.getBundleContext();
        ServiceReference<DataSource> ref = ctx.getServiceReference(DataSource.class);
        return ref == null ? null : ctx.getService(ref);
    }

    private long count(String sql) throws SQLException {
        DataSource db = context.getService(context.getServiceReference(DataSource.class));
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A code-free bundle carrying migration scripts under the Stint-Migrations header. */
    private static ByteArrayInputStream jar(String bsn, Map<String, String> scripts) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", bsn);
        main.putValue("Bundle-Version", "1.0.0." + System.nanoTime());
        main.putValue("Stint-Migrations", "db");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
            out.putNextEntry(new JarEntry("db/"));
            out.closeEntry();
            for (Map.Entry<String, String> script : scripts.entrySet()) {
                out.putNextEntry(new JarEntry("db/" + script.getKey()));
                out.write(script.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
