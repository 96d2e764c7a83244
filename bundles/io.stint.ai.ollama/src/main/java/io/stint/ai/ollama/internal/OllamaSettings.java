package io.stint.ai.ollama.internal;

import java.net.URI;
import java.time.Duration;

/**
 * The Ollama provider's checked configuration.
 *
 * @param baseUrl the server, without a trailing slash
 * @param model the model asked
 * @param connectTimeout how long a connection may take
 * @param requestTimeout how long one attempt may take, whole reply included
 * @param retries further attempts after a transient failure
 * @param backoff the pause before the first retry; it doubles before each further one
 * @param ranking the service ranking among AI providers
 * @param local whether the server runs on this machine or network
 */
record OllamaSettings(URI baseUrl, String model, Duration connectTimeout, Duration requestTimeout,
        int retries, Duration backoff, int ranking, boolean local) {

    /** More would let one chat request wait for many minutes before it is told the provider is down. */
    static final int MAX_RETRIES = 10;

    OllamaSettings {
        String scheme = baseUrl.getScheme();
        if (!baseUrl.isAbsolute() || baseUrl.getHost() == null
                || !("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
            throw new IllegalArgumentException("base.url must be an http or https URL, e.g. http://127.0.0.1:11434");
        }
        if (baseUrl.getQuery() != null || baseUrl.getFragment() != null) {
            throw new IllegalArgumentException("base.url must not have a query or a fragment");
        }
        if (baseUrl.getUserInfo() != null) {
            // It would show in every error message, and the JDK client would not send it anyway.
            throw new IllegalArgumentException("base.url must not hold a user name or password");
        }
        baseUrl = URI.create(baseUrl.toString().replaceAll("/+$", ""));
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must name an Ollama model, e.g. llama3.1:8b");
        }
        model = model.trim();
        if (connectTimeout.toMillis() < 1 || requestTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("connect.timeout.millis and request.timeout.millis must be at least 1");
        }
        if (retries < 0 || retries > MAX_RETRIES) {
            throw new IllegalArgumentException("retries must be between 0 and " + MAX_RETRIES);
        }
        if (backoff.isNegative()) {
            throw new IllegalArgumentException("retry.backoff.millis must not be negative");
        }
    }

    static OllamaSettings of(OllamaConfig config) {
        URI url;
        try {
            url = URI.create(config.base_url().trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("base.url is not a URL: " + config.base_url());
        }
        return new OllamaSettings(url, config.model(), Duration.ofMillis(config.connect_timeout_millis()),
                Duration.ofMillis(config.request_timeout_millis()), config.retries(),
                Duration.ofMillis(config.retry_backoff_millis()), config.service_ranking(), config.local());
    }

    /** The chat endpoint: {@code {base.url}/api/chat}. */
    URI chatUri() {
        return URI.create(baseUrl + "/api/chat");
    }

    /** The pause before retry {@code n} (1-based): the backoff, doubled for each earlier retry. */
    Duration backoffBefore(int n) {
        return backoff.multipliedBy(1L << Math.min(n - 1, MAX_RETRIES));
    }
}
