package io.stint.ai.ollama.internal;

import io.stint.ai.api.AiProvider;
import io.stint.ai.api.AiUnavailableException;
import io.stint.ai.api.Completion;
import io.stint.ai.api.Conversation;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Asks an Ollama server through {@code POST /api/chat}, retrying only what a retry can cure. */
final class OllamaProvider implements AiProvider {

    static final String ID = "ollama";

    private static final Logger LOG = LoggerFactory.getLogger(OllamaProvider.class);
    /** A chat reply is a few kilobytes; far more means the URL points at something else. */
    static final long MAX_REPLY_BYTES = 8L << 20;

    /** A failure another attempt may cure: no connection, no answer in time, a 5xx or a 429. */
    private static final class Transient extends Exception {
        private static final long serialVersionUID = 1L;

        Transient(String message) {
            super(message, null, false, false);
        }
    }

    private final OllamaSettings settings;
    private final HttpClient http;
    private final ChatWire wire = new ChatWire();

    OllamaProvider(OllamaSettings settings) {
        this.settings = settings;
        // HTTP/1.1 because Ollama speaks nothing else: no h2c upgrade attempt on every request.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).build();
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
        HttpRequest request = HttpRequest.newBuilder(settings.chatUri())
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(BodyPublishers.ofByteArray(wire.request(settings.model(), conversation)))
                .build();
        int attempts = settings.retries() + 1;
        Transient last = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            if (attempt > 1) {
                pause(settings.backoffBefore(attempt - 1));
            }
            try {
                return attempt(request);
            } catch (Transient e) {
                last = e;
                LOG.debug("Attempt {} of {}: {}", attempt, attempts, e.getMessage());
            }
        }
        throw new AiUnavailableException(attempts == 1 ? last.getMessage()
                : last.getMessage() + " (" + attempts + " attempts)");
    }

    private Completion attempt(HttpRequest request) throws Transient {
        HttpResponse<byte[]> response = send(request);
        int status = response.statusCode();
        byte[] body = response.body();
        if (status >= 200 && status < 300) {
            return wire.completion(body, settings.model()).orElseThrow(() -> new AiUnavailableException(
                    wire.error(body).map(error -> where() + " failed: " + error)
                            .orElse(where() + " answered something that is not a chat reply")));
        }
        String reason = wire.error(body).map(error -> error + " (HTTP " + status + ")").orElse("HTTP " + status);
        if (status >= 500 || status == 429) {
            throw new Transient(where() + " failed: " + reason);
        }
        // 4xx: the model is missing or the request is wrong; asking again gets the same answer.
        throw new AiUnavailableException(where() + " refused the request: " + reason);
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws Transient {
        CompletableFuture<HttpResponse<byte[]>> exchange =
                http.sendAsync(request, info -> new CappedBody(MAX_REPLY_BYTES));
        try {
            // The client's timeout is documented only for the reply's arrival (JDK 17 also applies it to
            // the body); this bound holds for connection, headers and body whatever the client does.
            return exchange.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new Transient(where() + " did not answer within " + seconds(settings.requestTimeout()));
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            throw new AiUnavailableException("The request to " + where() + " was interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /** The failure of an exchange as a safe message: its kind, never the exception's own text. */
    private Transient failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof CappedBody.TooLarge) {
                throw new AiUnavailableException(where() + " answered more than "
                        + (MAX_REPLY_BYTES >> 20) + " MB, which is not a chat reply");
            }
            if (t instanceof HttpConnectTimeoutException) {
                return new Transient(where() + " did not accept a connection within "
                        + seconds(settings.connectTimeout()));
            }
            if (t instanceof HttpTimeoutException) {
                return new Transient(where() + " did not answer within " + seconds(settings.requestTimeout()));
            }
            if (t instanceof ConnectException) {
                return new Transient(where() + " cannot be reached (no connection)");
            }
        }
        if (cause == null || cause instanceof IOException) {
            return new Transient(where() + " broke off the connection");
        }
        LOG.warn("Unexpected failure asking {}", where(), cause);
        throw new AiUnavailableException(where() + " could not be asked (" + cause.getClass().getSimpleName() + ")");
    }

    private void pause(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AiUnavailableException("The request to " + where() + " was interrupted");
        }
    }

    private String where() {
        return "Ollama at " + settings.baseUrl();
    }

    /** 60000 ms reads "60 s", 250 ms "0.25 s". */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString() + " s";
    }
}
