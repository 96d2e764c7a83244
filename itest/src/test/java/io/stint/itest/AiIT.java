package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The AI helper over real HTTP with both provider bundles live. The providers talk to two stand-in
 * servers this test starts on loopback: one speaks Ollama's {@code POST /api/chat} protocol, the
 * other OpenAI's {@code POST /v1/chat/completions}; both answer a scripted reply. They are such
 * stand-in servers, not Ollama or OpenAI. Then hot swap: stopping the preferred provider bundle moves
 * the next chat to the other with no failed request; with none live, chat answers 503 and the rest of
 * Stint is unaffected.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API_KEY = "sk-standin-0123456789";

    private BundleContext context;
    private Http admin;
    // started once for the class (one container): the providers keep their configuration between tests
    private static HttpServer ollama;
    private static HttpServer openai;
    private static final List<JsonNode> ollamaRequests = new CopyOnWriteArrayList<>();
    private static final List<JsonNode> openaiRequests = new CopyOnWriteArrayList<>();

    @Configuration
    public Option[] config() {
        Option[] runtime = StintRuntime.fresh("ai");
        Option[] all = Arrays.copyOf(runtime, runtime.length + 1);
        // the stand-in servers use the JDK's com.sun.net.httpserver: the system bundle must export it
        all[runtime.length] = systemPackages("com.sun.net.httpserver");
        return all;
    }

    @Before
    public void connect() throws Exception {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await("/api/v1/ai/providers", 200, 30);
        Accounts.liftRateLimits(context, admin);
        if (ollama == null) {
            startStandInsAndConfigureProviders();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        while (admin.get("/api/v1/ai/providers").json().path("providers").size() < 2) {
            assertTrue("both providers register", System.currentTimeMillis() < deadline);
            Http.sleep(100);
        }
    }

    private void startStandInsAndConfigureProviders() throws Exception {
        ollama = standIn("/api/chat", ollamaRequests, request -> {
            ObjectNode reply = JSON.createObjectNode();
            reply.put("model", request.path("model").asText());
            reply.put("created_at", "2026-03-10T10:00:00Z");
            reply.putObject("message").put("role", "assistant").put("content", content("from ollama"));
            reply.put("done", true);
            reply.put("prompt_eval_count", 100);
            reply.put("eval_count", 20);
            return reply;
        }, null);
        openai = standIn("/v1/chat/completions", openaiRequests, request -> {
            ObjectNode reply = JSON.createObjectNode();
            reply.put("id", "chatcmpl-standin");
            reply.put("object", "chat.completion");
            reply.put("created", 1773136800L);
            reply.put("model", request.path("model").asText());
            ObjectNode choice = reply.putArray("choices").addObject();
            choice.put("index", 0);
            choice.putObject("message").put("role", "assistant").put("content", content("from openai"));
            choice.put("finish_reason", "stop");
            reply.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
            return reply;
        }, "Bearer " + API_KEY);
        configure("io.stint.ai.ollama", "base.url", "http://127.0.0.1:" + ollama.getAddress().getPort(),
                "model", "llama-standin", "service.ranking", 10);
        configure("io.stint.ai.openai", "base.url", "http://127.0.0.1:" + openai.getAddress().getPort(),
                "model", "gpt-standin", "service.ranking", 5, "api.key", API_KEY);
    }

    /** The model's answer: a reply naming the provider and one summary action. */
    private static String content(String who) {
        return "{\"reply\": \"" + who + "\", \"actions\": [{\"type\": \"summary\", \"label\": \"Day\", "
                + "\"payload\": {\"text\": \"A calm day\"}}]}";
    }

    /** A loopback server answering {@code path} with {@code answer(request)}; 401 without {@code authorization}. */
    private static HttpServer standIn(String path, List<JsonNode> seen, Function<JsonNode, JsonNode> answer,
            String authorization) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(path, exchange -> {
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            seen.add(request);
            if (!"POST".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "{\"error\": \"method not allowed\"}");
            } else if (authorization != null
                    && !authorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, 401, "{\"error\": {\"message\": \"Incorrect API key provided\", \"type\": "
                        + "\"invalid_request_error\", \"code\": \"invalid_api_key\"}}");
            } else {
                send(exchange, 200, JSON.writeValueAsString(answer.apply(request)));
            }
        });
        server.start();
        return server;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void configure(String pid, Object... pairs) throws Exception {
        ConfigurationAdmin cm = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration config = cm.getConfiguration(pid, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        for (int i = 0; i < pairs.length; i += 2) {
            properties.put((String) pairs[i], pairs[i + 1]);
        }
        config.update(properties);
    }

    private Http.Reply chat(String prompt) {
        return admin.postJson("/api/v1/ai/chat", "{\"prompt\": \"" + prompt + "\"}");
    }

    @Test
    public void providersAreListedBestFirstAndTheChatUsesOllama() {
        JsonNode list = admin.get("/api/v1/ai/providers").json();
        assertEquals(list.toString(), "ollama", list.get("in_use").asText());
        assertEquals(10, list.get("providers").get(0).get("ranking").asInt());
        assertTrue(list.get("providers").get(0).get("in_use").asBoolean());
        assertFalse(list.toString().contains(API_KEY));

        Http.Reply reply = chat("How was my day?");

        assertEquals(reply.body(), 200, reply.status());
        assertEquals("from ollama", reply.json().get("reply").asText());
        assertEquals("ollama", reply.json().get("provider").asText());
        assertEquals("summary", reply.json().get("actions").get(0).get("type").asText());
        String system = ollamaRequests.get(ollamaRequests.size() - 1).get("messages").get(0).get("content").asText();
        assertTrue(system, system.contains("<<<DATA\n{\"user\":"));
    }

    @Test
    public void theContextPreviewShowsWhatTheChatSends() {
        JsonNode preview = admin.get("/api/v1/ai/context-preview").json();

        assertTrue(preview.toString(), preview.has("user") && preview.has("now") && preview.has("recent_entries"));
        assertTrue(preview.has("projects") && preview.has("unassigned_blocks"));
    }

    @Test
    public void aConfirmedActionRunsThroughTheNormalServices() {
        long project = admin.postJson("/api/v1/projects", "{\"name\": \"AI " + System.nanoTime() + "\"}")
                .json().get("project").get("id").asLong();

        Http.Reply started = admin.postJson("/api/v1/ai/actions/confirm", "{\"action\": {\"type\": \"start_timer\", "
                + "\"payload\": {\"project_id\": " + project + "}}}");
        assertEquals(started.body(), 200, started.status());
        assertTrue(admin.get("/api/v1/timer/status").json().get("active").asBoolean());
        Http.Reply stopped = admin.postJson("/api/v1/ai/actions/confirm", "{\"action\": {\"type\": \"stop_timer\", "
                + "\"payload\": {}}}");
        assertEquals(stopped.body(), 200, stopped.status());
        assertFalse(admin.get("/api/v1/timer/status").json().get("active").asBoolean());
        Accounts.error(admin.postJson("/api/v1/ai/actions/confirm", "{\"action\": {\"type\": \"rm_rf\", "
                + "\"payload\": {}}}"), 400, "unsupported_action");
        JsonNode summary = admin.postJson("/api/v1/ai/actions/confirm", "{\"action\": {\"type\": \"summary\", "
                + "\"payload\": {\"text\": \"done\"}}}").json();
        assertEquals("done", summary.get("result").get("text").asText());
    }

    @Test
    public void stoppingTheProviderBundlesMovesChatOnAndFinally503WhileStintAnswers() throws Exception {
        Bundle ollamaBundle = Modules.find(context, "io.stint.ai.ollama").orElseThrow();
        Bundle openaiBundle = Modules.find(context, "io.stint.ai.openai").orElseThrow();
        assertEquals("ollama", chat("first").json().get("provider").asText());
        try {
            ollamaBundle.stop();

            Http.Reply moved = chat("second");
            assertEquals(moved.body(), 200, moved.status());
            assertEquals("openai", moved.json().get("provider").asText());
            assertEquals("from openai", moved.json().get("reply").asText());
            assertEquals("openai", admin.get("/api/v1/ai/providers").json().get("in_use").asText());

            openaiBundle.stop();

            JsonNode error = Accounts.error(chat("third"), 503, "ai_unavailable");
            assertFalse(error.get("success").asBoolean());
            assertTrue(admin.get("/api/v1/ai/providers").json().get("in_use").isNull());
            assertEquals(200, admin.get("/api/v1/time-entries").status());
        } finally {
            ollamaBundle.start();
            openaiBundle.start();
        }
    }
}
