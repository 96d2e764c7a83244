package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * A write survives a framework restart. Each test method runs in its own framework on the same
 * home and data folders, so the second method sees what the first one's framework wrote.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestartIT {

    private static final String NOTES = "/api/v1/example/notes";
    private static final Path DIR = Path.of(System.getProperty("stint.itest.work", "target/itest-work"), "restart");

    @Configuration
    public Option[] config() throws Exception {
        Path deploy = DIR.resolve("home/deploy");
        Files.createDirectories(deploy);
        Files.copy(Modules.exampleJar(), deploy.resolve("io.stint.example.jar"), StandardCopyOption.REPLACE_EXISTING);
        return StintRuntime.in(DIR.resolve("home"), DIR.resolve("data"));
    }

    @Test
    public void a_aNoteIsWritten() throws Exception {
        Http http = new Http(context());
        http.await(NOTES, 200, 30);
        String text = "survives restart " + UUID.randomUUID();
        Http.Reply created = http.postJson(NOTES, "{\"text\": \"" + text + "\"}");
        assertEquals(created.body(), 201, created.status());
        Files.writeString(DIR.resolve("written.txt"), created.json().get("note").get("id").asText() + "\n" + text);
    }

    @Test
    public void b_theNoteIsThereAfterTheFrameworkRestarted() throws Exception {
        Http http = new Http(context());
        http.await(NOTES, 200, 30);
        String[] written = Files.readString(DIR.resolve("written.txt")).split("\n", 2);
        Http.Reply reply = http.get(NOTES + "/" + written[0]);
        assertEquals(reply.body(), 200, reply.status());
        assertEquals(written[1], reply.json().get("note").get("text").asText());
    }

    @Test
    public void c_migrationsWereAppliedOnceAcrossRestarts() throws Exception {
        BundleContext context = context();
        new Http(context).await(NOTES, 200, 30);
        DataSource db = context.getService(context.getServiceReference(DataSource.class));
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT COUNT(*), MIN(CHECKSUM) FROM STINT_SCHEMA_HISTORY WHERE OWNER = 'io.stint.example'")) {
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(1, rs.getInt(1));
                assertEquals(64, rs.getString(2).length());
            }
        }
    }

    private BundleContext context() {
        return FrameworkUtil.getBundle(getClass()).getBundleContext();
    }
}
