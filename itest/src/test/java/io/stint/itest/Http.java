package io.stint.itest;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Real HTTP to the runtime under test, inside the framework; sends the bootstrap admin token unless told otherwise. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String token;

    Http(BundleContext context) {
        this("http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port"), StintRuntime.TOKEN);
    }

    private Http(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The token this client sends, or null. */
    String token() {
        return token;
    }

    /** The same server, sending {@code token} as a Bearer token (null: no token at all). */
    Http as(String otherToken) {
        return new Http(base, otherToken);
    }

    record Reply(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    Reply getWith(String path, String header, String value) {
        return send(HttpRequest.newBuilder(uri(path)).header(header, value).GET());
    }

    Reply post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
    }

    Reply postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    /** {@code method} with a JSON body. */
    Reply json(String method, String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(json)));
    }

    /** A JSON request with extra headers, sent with this client's token. */
    Reply jsonWith(String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .method(method, BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    Reply delete(String path) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE());
    }

    Reply method(String method, String path, BodyPublisher body) {
        return send(HttpRequest.newBuilder(uri(path)).method(method, body));
    }

    /** A request with headers of the test's choosing and no token added. */
    Reply raw(String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).method(method, BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return sendAsIs(request);
    }

    /** Polls until {@code path} answers {@code status}; fails after {@code seconds}. */
    Reply await(String path, int status, int seconds) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Reply last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path);
                if (last.status() == status) {
                    return last;
                }
            } catch (UncheckedIOException notListeningYet) {
                // keep polling
            }
            sleep(20);
        }
        fail("GET " + path + " did not answer " + status + " within " + seconds + " s; last: "
                + (last == null ? "no connection" : last.status() + " " + last.body()));
        return last;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private Reply send(HttpRequest.Builder request) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return sendAsIs(request);
    }

    private Reply sendAsIs(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = CLIENT.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
