package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * Heartbeats are acknowledged only once on disk: watchers (one bucket each) send heartbeats through
 * ActivityWatch's API to the real server as fast as they can — three of the same window, which
 * merge, then a new title — the server is killed with SIGKILL mid-stream and restarted, and every
 * acknowledged event must be there with its data and at least the acknowledged duration.
 * Knobs: -Dstint.durability.seconds (default 3), -Dstint.durability.writers (default 8), and
 * -Dstint.durability.url (another store URL, {data} = the data folder) to see the check catch losses.
 */
public class HeartbeatDurabilityIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK = Path.of(System.getProperty("stint.itest.work", "target/itest-work"));

    /** What a heartbeat's answer said: the event's title and duration in seconds. */
    private record Acked(String bucket, String title, double duration) {
    }

    private final int seconds = Integer.getInteger("stint.durability.seconds", 3);
    private final int writers = Integer.getInteger("stint.durability.writers", 8);

    @Test
    public void everyAcknowledgedHeartbeatSurvivesKillDashNine() throws Exception {
        try (ServerProcess server = new ServerProcess(WORK.resolve("heartbeats-" + UUID.randomUUID()), ServerProcess.freePort())) {
            String url = System.getProperty("stint.durability.url", "");
            if (!url.isBlank()) {
                java.nio.file.Files.writeString(server.home.resolve("etc/io.stint.store.cfg"),
                        "url=" + url.replace("{data}", server.data.toAbsolutePath().toString()) + "\n");
            }
            server.start();
            assertTrue(server.log(), server.await("/api/0/buckets/", 200, 60));
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            for (int w = 0; w < writers; w++) {
                HttpResponse<String> made = client.send(server.request("/api/0/buckets/durable-" + w)
                        .header("Content-Type", "application/json")
                        .POST(BodyPublishers.ofString("{\"client\":\"itest\",\"type\":\"currentwindow\",\"hostname\":\"itest\"}"))
                        .build(), BodyHandlers.ofString());
                assertEquals(made.body(), 200, made.statusCode());
            }
            Map<Long, Acked> acknowledged = writeUntilKilled(server, client);
            server.start();
            assertTrue(server.log(), server.await("/api/0/buckets/", 200, 60));
            List<String> lost = new ArrayList<>();
            Map<String, Map<Long, JsonNode>> stored = new HashMap<>();
            for (int w = 0; w < writers; w++) {
                Map<Long, JsonNode> events = new HashMap<>();
                for (JsonNode e : JSON.readTree(client.send(server.request("/api/0/buckets/durable-" + w + "/events?limit=-1")
                        .build(), BodyHandlers.ofString()).body())) {
                    events.put(e.get("id").asLong(), e);
                }
                stored.put("durable-" + w, events);
            }
            acknowledged.forEach((id, acked) -> {
                JsonNode e = stored.get(acked.bucket()).get(id);
                if (e == null || !acked.title().equals(e.get("data").get("title").asText())
                        || e.get("duration").asDouble() + 1e-9 < acked.duration()) {
                    lost.add(acked.bucket() + "#" + id + " " + acked + " stored " + e);
                }
            });
            System.out.printf("heartbeat durability: %d events acknowledged in %d s by %d watchers, then kill -9; %d lost%n",
                    acknowledged.size(), seconds, writers, lost.size());
            assertEquals("acknowledged events missing, changed or shorter after kill -9", List.of(), lost);
            assertTrue("the watchers got heartbeats acknowledged", acknowledged.size() > writers);
            server.kill9();
        }
    }

    private Map<Long, Acked> writeUntilKilled(ServerProcess server, HttpClient client) throws Exception {
        Map<Long, Acked> acked = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        Instant base = Instant.parse("2026-01-09T09:00:00Z");
        for (int w = 0; w < writers; w++) {
            String bucket = "durable-" + w;
            pool.submit(() -> {
                for (long i = 0; ; i++) {
                    String title = "window " + (i / 3);
                    String body = "{\"timestamp\":\"" + base.plusSeconds(i) + "\",\"duration\":0.5,\"data\":{\"app\":\"code\",\"title\":\""
                            + title + "\"}}";
                    try {
                        HttpResponse<String> r = client.send(server.request("/api/0/buckets/" + bucket + "/heartbeat?pulsetime=2")
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                                .POST(BodyPublishers.ofString(body)).build(), BodyHandlers.ofString());
                        if (r.statusCode() == 200) {
                            JsonNode e = JSON.readTree(r.body());
                            acked.merge(e.get("id").asLong(), new Acked(bucket, title, e.get("duration").asDouble()),
                                    (a, b) -> a.duration() >= b.duration() ? a : b);
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
}
