package io.stint.itest;

import static org.junit.Assert.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** etc/*.cfg is Configuration Admin through FileInstall: an edit takes effect while the server runs. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ConfigurationIT {

    private static final String NOTES = "/api/v1/example/notes";

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("config");
    }

    @Test
    public void editingACfgFileInEtcChangesTheRunningServer() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        Http http = new Http(context);
        Modules.installExample(context);
        http.await(NOTES, 200, 30);
        String body = "{\"text\": \"" + "x".repeat(300) + "\"}";
        assertEquals(201, http.postJson(NOTES, body).status());

        Path cfg = Path.of(context.getProperty("stint.home"), "etc", "io.stint.rest.cfg");
        String original = Files.readString(cfg);
        Files.writeString(cfg, "max.body.bytes=100\n");
        assertEquals("payload_too_large", awaitStatus(http, body, 413).json().get("error_code").asText());

        Files.writeString(cfg, original);
        awaitStatus(http, body, 201);
    }

    private static Http.Reply awaitStatus(Http http, String body, int status) {
        long deadline = System.currentTimeMillis() + 20_000;
        Http.Reply reply = http.postJson(NOTES, body);
        while (reply.status() != status && System.currentTimeMillis() < deadline) {
            Http.sleep(100);
            reply = http.postJson(NOTES, body);
        }
        assertEquals(reply.body(), status, reply.status());
        return reply;
    }
}
