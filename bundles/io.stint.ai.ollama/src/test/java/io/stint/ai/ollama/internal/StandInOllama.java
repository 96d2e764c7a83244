package io.stint.ai.ollama.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stand-in Ollama server, not Ollama itself: an HTTP server on 127.0.0.1 started by the test that
 * speaks Ollama's documented {@code POST /api/chat} protocol — one JSON reply object when the request
 * says {@code "stream": false}, errors as {@code {"error": "..."}} with a 4xx or 5xx status. Each test
 * scripts its answers in order (the last one repeats) and reads back the requests it received.
 */
final class StandInOllama implements AutoCloseable {

    /** One scripted answer to a chat request. */
    interface Answer {
        void answer(HttpExchange exchange, JsonNode request) throws Exception;
    }

    /** An answer that leaves the reply unfinished and the connection open until the server closes. */
    private record Unfinished(Answer start) implements Answer {
        @Override
        public void answer(HttpExchange exchange, JsonNode request) throws Exception {
            start.answer(exchange, request);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Deque<Answer> script;
    private final List<JsonNode> requests = new ArrayList<>();
    private final List<Long> arrivals = new ArrayList<>();

    private StandInOllama(List<Answer> answers) throws IOException {
        script = new ArrayDeque<>(answers);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads); // a silent answer must not block the next connection
        server.createContext("/", this::handle);
        server.start();
    }

    static StandInOllama start(Answer... answers) throws IOException {
        return new StandInOllama(List.of(answers));
    }

    /** Ollama's documented non-streamed chat reply. */
    static Answer reply(String content, long promptTokens, long replyTokens) {
        return (exchange, request) -> {
            ObjectNode body = JSON.createObjectNode();
            body.put("model", request.path("model").asText());
            body.put("created_at", "2026-11-22T14:13:43.416799Z");
            body.putObject("message").put("role", "assistant").put("content", content);
            body.put("done_reason", "stop");
            body.put("done", true);
            body.put("total_duration", 5191566416L);
            body.put("load_duration", 2154458);
            body.put("prompt_eval_count", promptTokens);
            body.put("prompt_eval_duration", 383809000);
            body.put("eval_count", replyTokens);
            body.put("eval_duration", 4799921000L);
            send(exchange, 200, JSON.writeValueAsString(body));
        };
    }

    /** Ollama's error format: {@code {"error": text}} with a status. */
    static Answer error(int status, String text) {
        return (exchange, request) -> send(exchange, status, JSON.createObjectNode().put("error", text).toString());
    }

    /** Any body with any status, for replies Ollama should never give. */
    static Answer raw(int status, String body) {
        return (exchange, request) -> send(exchange, status, body);
    }

    /** Accepts the request and never answers (until the server closes). */
    static Answer silence() {
        // Nothing is sent: the provider's own timeout has to end the wait.
        return new Unfinished((exchange, request) -> { });
    }

    /** Sends the headers and the start of a reply, then stalls (until the server closes). */
    static Answer stallMidBody() {
        return new Unfinished((exchange, request) -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, 4096);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"model\":\"llama3.1:8b\",\"message\":".getBytes(StandardCharsets.UTF_8));
            out.flush();
        });
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    synchronized int attempts() {
        return requests.size();
    }

    synchronized JsonNode request(int index) {
        return requests.get(index);
    }

    /** Milliseconds between the arrivals of consecutive requests. */
    synchronized List<Long> gapsMillis() {
        List<Long> gaps = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) {
            gaps.add((arrivals.get(i) - arrivals.get(i - 1)) / 1_000_000);
        }
        return gaps;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod()) || !"/api/chat".equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, "404 page not found");
                return;
            }
            JsonNode request = JSON.readTree(exchange.getRequestBody());
            Answer answer;
            synchronized (this) {
                requests.add(request);
                arrivals.add(System.nanoTime());
                answer = script.size() > 1 ? script.poll() : script.peek();
            }
            answer.answer(exchange, request);
            if (answer instanceof Unfinished) {
                closing.await();
            }
        } catch (Exception e) {
            // The provider hung up (a timeout or a capped body): nothing left to answer.
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
