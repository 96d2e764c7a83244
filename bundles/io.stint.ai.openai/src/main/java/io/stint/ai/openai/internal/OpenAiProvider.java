package io.stint.ai.openai.internal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.ai.api.AiProvider;
import io.stint.ai.api.AiUnavailableException;
import io.stint.ai.api.Completion;
import io.stint.ai.api.Conversation;

/** Asks an OpenAI-compatible server for chat completions, within timeouts and a few retries. */
final class OpenAiProvider implements AiProvider {

    static final String ID = "openai";
    private static final Logger LOG = LoggerFactory.getLogger(OpenAiProvider.class);

    private final OpenAiSettings settings;
    private final HttpClient http;

    OpenAiProvider(OpenAiSettings settings) {
        this.settings = settings;
        // HTTP/1.1: local servers need not understand an h2c upgrade; redirects are never followed,
        // so the Authorization header only ever goes to the configured server.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String model() {
        return settings.model();
    }

    @Override
    public boolean local() {
        return settings.local();
    }

    @Override
    public Completion complete(Conversation conversation) {
        HttpRequest request = request(ChatWire.request(settings.model(), conversation));
        Redaction redaction = new Redaction(settings.key(), conversation);
        int attempts = settings.retries() + 1;
        Duration backoff = settings.backoff();
        String failure = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                LOG.debug("{}; attempt {} of {} in {} ms", failure, attempt, attempts, backoff.toMillis());
                pause(backoff);
                backoff = backoff.multipliedBy(2);
            }
            HttpResponse<String> response;
            try {
                response = send(request);
            } catch (HttpConnectTimeoutException e) {
                failure = "could not be reached within " + settings.connectTimeout().toMillis() + " ms";
                continue;
            } catch (HttpTimeoutException e) {
                failure = "did not answer within " + settings.requestTimeout().toMillis() + " ms";
                continue;
            } catch (ConnectException e) {
                failure = "could not be reached (connection refused)";
                continue;
            } catch (IOException e) {
                failure = "could not be reached (" + e.getClass().getSimpleName() + ")";
                continue;
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                try {
                    return ChatWire.completion(response.body(), settings.model());
                } catch (IllegalArgumentException e) {
                    throw unavailable("answered something that is not a chat completion: " + e.getMessage());
                }
            }
            String detail = redaction.apply(ChatWire.errorText(response.body()));
            if (status == 429) {
                failure = "is limiting requests (429)" + (detail == null ? "" : ": " + detail);
            } else if (status >= 500) {
                failure = "failed (" + status + ")" + (detail == null ? "" : ": " + detail);
            } else {
                throw unavailable("refused the request (" + status + "): " + refusal(status, detail));
            }
        }
        throw unavailable(failure + (attempts > 1 ? " (" + attempts + " attempts)" : ""));
    }

    private HttpRequest request(String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.endpoint()).timeout(settings.requestTimeout())
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (settings.key().present()) {
            request.header("Authorization", settings.key().bearer());
        }
        return request.build();
    }

    /** One attempt; the whole reply, not only its headers, must arrive within the request timeout. */
    private HttpResponse<String> send(HttpRequest request) throws IOException {
        CompletableFuture<HttpResponse<String>> reply = http.sendAsync(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        try {
            return reply.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            reply.cancel(true);
            throw new HttpTimeoutException("request timed out");
        } catch (InterruptedException e) {
            reply.cancel(true);
            Thread.currentThread().interrupt();
            throw unavailable("was not waited for: the request was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException) {
                throw (IOException) e.getCause();
            }
            throw new IOException(e.getCause() == null ? "failed" : e.getCause().getClass().getSimpleName());
        }
    }

    private String refusal(int status, String detail) {
        if (status == 401) {
            return settings.key().present() ? "invalid API key" : "an API key is needed (set api.key)";
        }
        return detail == null ? "no reason given" : detail;
    }

    private void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("was not waited for: the request was interrupted");
        }
    }

    private AiUnavailableException unavailable(String what) {
        return new AiUnavailableException("OpenAI-compatible server at " + settings.server() + " " + what);
    }

    @Override
    public String toString() {
        return "OpenAiProvider[" + settings.server() + ", model " + settings.model() + "]";
    }
}
