package io.stint.ai.openai.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;

import io.stint.security.api.Loopback;

/**
 * The checked configuration of the provider.
 *
 * @param server the server's root as shown in messages (no user info), e.g. {@code https://api.openai.com}
 * @param endpoint {@code {server}/v1/chat/completions}
 * @param key the API key, or {@link ApiKey#NONE}
 */
record OpenAiSettings(String server, URI endpoint, String model, ApiKey key, Duration connectTimeout,
        Duration requestTimeout, int retries, Duration backoff, int ranking, boolean local) {

    static final int MAX_RETRIES = 10;

    /** The settings of {@code config} with the (opened) {@code key}; a bad value fails with its name. */
    static OpenAiSettings of(OpenAiConfig config, ApiKey key) {
        String server = server(config.base_url());
        String model = config.model() == null ? "" : config.model().strip();
        if (model.isEmpty()) {
            throw new IllegalArgumentException("model must name a model");
        }
        require(config.connect_timeout_millis() > 0, "connect.timeout.millis must be positive");
        require(config.request_timeout_millis() > 0, "request.timeout.millis must be positive");
        require(config.retries() >= 0 && config.retries() <= MAX_RETRIES, "retries must be 0 to " + MAX_RETRIES);
        require(config.retry_backoff_millis() >= 0, "retry.backoff.millis must not be negative");
        URI root = URI.create(server);
        return new OpenAiSettings(server, URI.create(server + "/v1/chat/completions"), model, key,
                Duration.ofMillis(config.connect_timeout_millis()), Duration.ofMillis(config.request_timeout_millis()),
                config.retries(), Duration.ofMillis(config.retry_backoff_millis()), config.service_ranking(),
                local(config.local(), root.getHost()));
    }

    /** {@code baseUrl} as scheme, host, port and path, without user info, a trailing slash or a trailing /v1. */
    static String server(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl == null ? "" : baseUrl.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("base.url is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalArgumentException("base.url must be an http or https URL with a host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        path = path.replaceAll("/+$", "");
        if (path.endsWith("/v1")) {
            path = path.substring(0, path.length() - "/v1".length());
        }
        return scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + path;
    }

    /** {@code setting} ({@code auto}, {@code true}, {@code false}); auto: whether {@code host} is this machine. */
    static boolean local(String setting, String host) {
        switch (setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            case "":
            case "auto":
                return Loopback.namesThisMachine(host);
            default:
                throw new IllegalArgumentException("local must be auto, true or false");
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
