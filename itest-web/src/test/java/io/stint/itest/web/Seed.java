package io.stint.itest.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** Data the UI tests set up through the public API as the bootstrap admin. */
final class Seed {

    static final String ADMIN_PASSWORD = "admin-long-password";

    private Seed() {
    }

    /** Gives the bootstrap admin a password (to sign in to the UI) and the UTC zone; answers its id. */
    static long adminCanSignIn(StintServer server) throws Exception {
        // the routes the UI tests set data up through, all registered before any test starts
        for (String route : List.of("/api/v1/profiles", "/api/v1/blocks", "/api/0/info", "/api/v1/rules",
                "/api/v1/invoices", "/api/v1/tracking/status", "/api/v1/ai/providers", "/api/openapi.json")) {
            server.awaitRoute(route, 60);
        }
        long id = server.get("/api/v1/users/me").path("user").path("id").asLong();
        server.call("PATCH", "/api/v1/users/" + id, Map.of("password", ADMIN_PASSWORD, "timezone", "UTC"));
        return id;
    }

    /** A client, a service, a rate and a billing profile named {@code name}; answers the profile's id. */
    static long profile(StintServer server, String client, String service, String name) throws Exception {
        long clientId = server.post("/api/v1/clients", Map.of("name", client)).path("client").path("id").asLong();
        long serviceId = server.post("/api/v1/services", Map.of("name", service)).path("service").path("id").asLong();
        long rateId = server.post("/api/v1/rates", Map.of("name", client + " rate", "currency", "EUR", "hourly_amount", 90))
                .path("rate").path("id").asLong();
        return server.post("/api/v1/profiles", Map.of("client_id", clientId, "service_id", serviceId, "rate_id", rateId,
                "name", name)).path("profile").path("id").asLong();
    }

    /** A window the watcher saw: {@code at} in UTC ("09:00"), for {@code minutes}. */
    record Window(String at, int minutes, String app, String title) {
    }

    /**
     * Reports windows of {@code day} to the ActivityWatch API as a window watcher would, which makes
     * them the admin's activity blocks; answers the day's blocks in time order.
     */
    static JsonNode windows(StintServer server, String day, Window... windows) throws Exception {
        String bucket = "aw-watcher-window_ui-test";
        server.send("POST", "/api/0/buckets/" + bucket, Map.of("client", "ui-test", "type", "currentwindow", "hostname", "h"));
        List<Map<String, Object>> events = new java.util.ArrayList<>();
        for (Window w : windows) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("timestamp", day + "T" + w.at() + ":00Z");
            event.put("duration", w.minutes() * 60);
            event.put("data", Map.of("app", w.app(), "title", w.title()));
            events.add(event);
        }
        server.post("/api/0/buckets/" + bucket + "/events", events);
        JsonNode blocks = server.get("/api/v1/blocks?date=" + day).path("blocks");
        if (blocks.size() != windows.length) {
            throw new AssertionError("expected " + windows.length + " blocks, got " + blocks);
        }
        return blocks;
    }

    /** The block with that application among {@code blocks}. */
    static JsonNode block(JsonNode blocks, String app) {
        for (JsonNode b : blocks) {
            if (app.equals(b.path("primary_app_name").asText())) {
                return b;
            }
        }
        throw new AssertionError("no block of " + app + " in " + blocks);
    }

    /** The stored block now. */
    static JsonNode block(StintServer server, long id) throws Exception {
        return server.get("/api/v1/blocks/" + id).path("block");
    }
}
