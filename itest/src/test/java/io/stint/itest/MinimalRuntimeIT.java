package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.Test;

/**
 * The minimal runtime (platform + core + tracking, runtime/target/stint-minimal.jar) as the README
 * starts it: STINT_RUNTIME=minimal ./stint. It serves the TimeTracker API and nothing of the
 * optional features.
 */
public class MinimalRuntimeIT {

    private static final Path WORK = Path.of(System.getProperty("stint.itest.work", "target/itest-work"));

    @Test
    public void theMinimalRuntimeServesTrackingAndNoOptionalFeature() throws Exception {
        try (ServerProcess s = new ServerProcess(WORK.resolve("minimal-" + UUID.randomUUID()), ServerProcess.freePort())) {
            s.start(Map.of("STINT_RUNTIME", "minimal"));
            assertTrue(s.log(), s.await("/health", 200, 60));
            assertTrue(s.log(), s.await("/api/v1/time-entries", 200, 30));
            HttpClient client = HttpClient.newHttpClient();
            String entries = client.send(s.request("/api/v1/time-entries").build(), BodyHandlers.ofString()).body();
            assertTrue(entries, entries.contains("\"time_entries\""));
            for (String absent : new String[] { "/api/v1/blocks", "/api/v1/tracking", "/api/v1/rules", "/api/v1/exports",
                "/api/v1/invoices", "/api/v1/profiles", "/api/0/info", "/chronicle/health" }) {
                assertEquals(absent + " belongs to an optional feature the minimal runtime leaves out", 404,
                        client.send(s.request(absent).build(), BodyHandlers.discarding()).statusCode());
            }
            String info = client.send(s.request("/api/v1/info").build(), BodyHandlers.ofString()).body();
            assertTrue(info, info.contains("/api/v1/time-entries") && !info.contains("/api/v1/blocks"));
        }
    }
}
