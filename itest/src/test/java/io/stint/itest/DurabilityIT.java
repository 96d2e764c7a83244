package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The durability check: writers commit notes through the real server as fast as they can, the
 * server is killed with SIGKILL mid-stream, restarted, and every note it acknowledged (201) must be
 * there with its text. Knobs: -Dstint.durability.seconds (writing time per run, default 3),
 * -Dstint.durability.runs (default 1), -Dstint.durability.writers (default 4), and
 * -Dstint.durability.url to try another store URL ({data} stands for the data folder), e.g. HSQLDB's
 * default write delay, to see the check catch lost commits.
 */
public class DurabilityIT {

    private static final String NOTES = "/api/v1/example/notes";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of(System.getProperty("stint.itest.work", "target/itest-work"));

    private final int seconds = Integer.getInteger("stint.durability.seconds", 3);
    private final int runs = Integer.getInteger("stint.durability.runs", 1);
    private final int writers = Integer.getInteger("stint.durability.writers", 4);

    @Test
    public void everyAcknowledgedWriteSurvivesKillDashNine() throws Exception {
        try (ServerProcess server = new ServerProcess(WORK.resolve("durability-" + UUID.randomUUID()), ServerProcess.freePort())) {
            server.deployExample();
            // Measure the store, not the per-token rate limit.
            java.nio.file.Files.writeString(server.home.resolve("etc/io.stint.security.cfg"),
                    "rate.per.minute=10000000\nrate.per.hour=10000000\n");
            String url = System.getProperty("stint.durability.url", "");
            if (!url.isBlank()) {
                java.nio.file.Files.writeString(server.home.resolve("etc/io.stint.store.cfg"),
                        "url=" + url.replace("{data}", server.data.toAbsolutePath().toString()) + "\n");
            }
            Map<Long, String> acknowledged = new HashMap<>();
            for (int run = 1; run <= runs; run++) {
                server.start();
                assertTrue(server.log(), server.await(NOTES, 200, 60));
                verify(server, acknowledged, run, "before writing");
                Map<Long, String> written = writeUntilKilled(server);
                acknowledged.putAll(written);
                server.start();
                assertTrue(server.log(), server.await(NOTES, 200, 60));
                int found = verify(server, acknowledged, run, "after kill -9");
                System.out.printf("durability run %d: %d writes acknowledged in %d s, then kill -9; after restart %d of %d acknowledged notes present, 0 lost%n",
                        run, written.size(), seconds, found, acknowledged.size());
                server.kill9();
            }
            assertTrue("the writers got writes acknowledged", !acknowledged.isEmpty());
        }
    }

    /** Writers post until the deadline, then the server is killed while they are still posting. */
    private Map<Long, String> writeUntilKilled(ServerProcess server) throws Exception {
        Map<Long, String> acked = new ConcurrentHashMap<>();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (int w = 0; w < writers; w++) {
            int writer = w;
            pool.submit(() -> {
                for (long i = 0; ; i++) {
                    String text = "w" + writer + "-" + i + "-" + UUID.randomUUID();
                    try {
                        HttpResponse<String> r = client.send(server.request(NOTES)
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                                .POST(BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build(), BodyHandlers.ofString());
                        if (r.statusCode() == 201) {
                            acked.put(JSON.readTree(r.body()).get("note").get("id").asLong(), text);
                        }
                    } catch (Exception serverGone) {
                        return null;
                    }
                }
            });
        }
        while (System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        server.kill9();
        pool.shutdown();
        assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS));
        return acked;
    }

    private static int verify(ServerProcess server, Map<Long, String> acknowledged, int run, String when) throws Exception {
        Map<Long, String> stored = new HashMap<>();
        HttpClient client = HttpClient.newHttpClient();
        for (int page = 1; ; page++) {
            JsonNode body = JSON.readTree(client.send(server.request(NOTES + "?per_page=100&page=" + page).build(),
                    BodyHandlers.ofString()).body());
            body.get("notes").forEach(n -> stored.put(n.get("id").asLong(), n.get("text").asText()));
            if (!body.get("pagination").get("has_next").asBoolean()) {
                break;
            }
        }
        List<Long> lost = new ArrayList<>();
        acknowledged.forEach((id, text) -> {
            if (!text.equals(stored.get(id))) {
                lost.add(id);
            }
        });
        assertEquals("run " + run + ", " + when + ": acknowledged notes missing or changed: " + lost, List.of(), lost);
        return acknowledged.size();
    }
}
