package io.stint.itest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;

/**
 * The AI helper in the UI. A real Ollama cannot run on a build machine, so a local HTTP server that
 * speaks Ollama's documented chat protocol ({@code POST /api/chat}) stands in as the provider: a chat answer proposes
 * starting the timer, which happens only when confirmed; a suggestion for a block is accepted on
 * the Activity page.
 */
class AssistantUiIT {

    static final String DAY = "2026-03-04";
    static HttpServer ollama;
    static StintServer server;
    static volatile long project;
    static volatile long profile;
    static volatile long block;

    @BeforeAll
    static void start() throws Exception {
        ollama = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        ollama.createContext("/api/chat", exchange -> {
            JsonNode request = StintServer.JSON.readTree(exchange.getRequestBody());
            String system = request.path("messages").get(0).path("content").asText();
            // the suggestions request asks for {"suggestions": [...]}; anything else is the chat
            String content = system.contains("\"suggestions\"")
                    ? "{\"suggestions\": [{\"block_id\": " + block + ", \"profile_id\": " + profile
                            + ", \"confidence\": \"MEDIUM\", \"reason\": \"Spreadsheets are bookkeeping\"}]}"
                    : "{\"reply\": \"I can start the timer on Website.\", \"actions\": [{\"type\": \"start_timer\", "
                            + "\"label\": \"Start the timer on Website\", \"payload\": {\"project_id\": " + project + "}}]}";
            ObjectNode reply = StintServer.JSON.createObjectNode();
            reply.put("model", request.path("model").asText());
            reply.put("created_at", "2026-03-04T10:00:00Z");
            reply.putObject("message").put("role", "assistant").put("content", content);
            reply.put("done", true);
            send(exchange, StintServer.JSON.writeValueAsString(reply));
        });
        ollama.start();
        server = StintServer.start("assistant-ui", Map.of("io.stint.ai.ollama.cfg",
                "base.url=http://127.0.0.1:" + ollama.getAddress().getPort() + "\nmodel=llama-standin\n"));
        Seed.adminCanSignIn(server);
        long client = server.post("/api/v1/clients", Map.of("name", "Hooli")).path("client").path("id").asLong();
        project = server.post("/api/v1/projects", Map.of("name", "Website", "client_id", client)).path("project").path("id").asLong();
        profile = Seed.profile(server, "Vandelay", "Bookkeeping", "Vandelay books");
        block = Seed.windows(server, DAY, new Seed.Window("14:00", 40, "EXCEL.EXE", "Ledger.xlsx")).get(0).path("id").asLong();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (server.get("/api/v1/ai/providers").path("providers").isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the Ollama provider did not start");
            }
            Thread.sleep(100);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        ollama.stop(0);
    }

    private static void send(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void aProposedActionRunsOnlyWhenConfirmed() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/assistant");
            browser.waitFor(By.cssSelector("[data-provider='ollama']"));
            browser.field("Message").sendKeys("Start my timer on the website please");
            browser.button("Send").click();
            browser.waitForText(By.cssSelector("ol.chat"), "I can start the timer on Website.");
            assertEquals(false, server.get("/api/v1/timer/status").path("active").asBoolean(), "proposing runs nothing");

            browser.button("Confirm: Start the timer on Website").click();
            browser.waitForText(By.cssSelector("ol.chat .outcome"), "Timer started");
            JsonNode timer = server.get("/api/v1/timer/status");
            assertTrue(timer.path("active").asBoolean(), timer.toString());
            assertEquals(project, timer.path("timer").path("project_id").asLong(), timer.toString());
            browser.driver.executeScript("window.scrollTo(0, 0)");
            browser.screenshot("assistant-chat");
        }
    }

    @Test
    void aSuggestionIsAcceptedOnTheActivityPage() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/activity?date=" + DAY);
            browser.button("Ask the assistant about this day").click();
            browser.waitForText(By.cssSelector(".suggestions"), "Spreadsheets are bookkeeping");
            assertTrue(Seed.block(server, block).path("profile_id").isNull(), "a suggestion changes nothing by itself");

            browser.button("Accept suggestion for block " + block).click();
            browser.waitUntil(d -> String.valueOf(profile).equals(
                    d.findElement(By.cssSelector("button.block[data-block-id='" + block + "']")).getAttribute("data-profile-id")), 15);
            assertEquals(profile, Seed.block(server, block).path("profile_id").asLong());
            browser.waitForText(By.cssSelector(".suggestions"), "No pending suggestions");
        }
    }
}
