package io.stint.ai.openai.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for an OpenAI-compatible server, started by the test on 127.0.0.1 and a free port.
 * It speaks the documented chat completions protocol: it takes {@code POST /v1/chat/completions} with
 * {@code {"model", "messages":[{"role","content"}], "response_format"?, "max_tokens"?}} and answers
 * {@code {"id", "object":"chat.completion", "model", "choices":[{"index", "message":{"role","content"},
 * "finish_reason"}], "usage":{"prompt_tokens","completion_tokens","total_tokens"}}}, or an error
 * status with {@code {"error":{"message","type","param","code"}}} - whatever each test scripts. It
 * records every request it receives.
 */
final class ChatServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String PATH = "/v1/chat/completions";

    /** A request as the server saw it. */
    record Received(String method, String path, Map<String, List<String>> headers, JsonNode body, long nanos) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).findFirst()
                    .map(e -> e.getValue().get(0)).orElse(null);
        }
    }

    /** What to answer; {@code null} status: never answer; {@code stall}: send the headers and half the body, then wait. */
    record Reply(Integer status, String body, boolean stall) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Reply otherwise = new Reply(200, completion("hello", "gpt-4o-mini", 3, 1), false);

    ChatServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** The base URL to configure, e.g. {@code http://127.0.0.1:41234}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers the next request with {@code status} and {@code body}. */
    ChatServer then(int status, String body) {
        script.add(new Reply(status, body, false));
        return this;
    }

    /** Answers every request beyond the scripted ones with {@code status} and {@code body}. */
    ChatServer always(int status, String body) {
        otherwise = new Reply(status, body, false);
        return this;
    }

    /** Accepts every request beyond the scripted ones and never answers it. */
    ChatServer silent() {
        otherwise = new Reply(null, null, false);
        return this;
    }

    /** Answers every request beyond the scripted ones with a 200 and half a completion, then nothing more. */
    ChatServer stalling() {
        otherwise = new Reply(200, completion("hello", "gpt-4o-mini", 3, 1), true);
        return this;
    }

    List<Received> received() {
        return received;
    }

    static String completion(String content, String model, long promptTokens, long completionTokens) {
        ObjectNode reply = JSON.createObjectNode().put("id", "chatcmpl-1").put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", model);
        ObjectNode choice = reply.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        reply.putObject("usage").put("prompt_tokens", promptTokens).put("completion_tokens", completionTokens)
                .put("total_tokens", promptTokens + completionTokens);
        return reply.toString();
    }

    static String error(String message, String type, String code) {
        ObjectNode reply = JSON.createObjectNode();
        reply.putObject("error").put("message", message).put("type", type).putNull("param").put("code", code);
        return reply.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            JsonNode json = body.length == 0 ? null : JSON.readTree(body);
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), json, System.nanoTime()));
            Reply reply = script.poll();
            if (reply == null) {
                reply = otherwise;
            }
            if (reply.status() == null) {
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), out.length);
            if (reply.stall()) {
                exchange.getResponseBody().write(out, 0, out.length / 2);
                exchange.getResponseBody().flush();
                closing.await(30, TimeUnit.SECONDS);
                return;
            }
            exchange.getResponseBody().write(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
