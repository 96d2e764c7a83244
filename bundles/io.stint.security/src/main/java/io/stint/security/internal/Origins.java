package io.stint.security.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Whether a browser's {@code Origin} names the host and port its request was sent to ({@code Host}).
 * A {@code Host} without a port stands for the default port of the origin's scheme, so a server behind
 * a TLS proxy (plain HTTP inside, {@code https://} origins) still matches.
 */
final class Origins {

    private Origins() {
    }

    /**
     * Whether a request names an origin other than the address it was sent to: its {@code Host}
     * header, or the request URI's authority when it has none. No {@code Origin} at all is not cross-site
     * (requests from a page of the same site may omit it; other clients never send one).
     */
    static boolean crossSite(String origin, String host, URI requestUri) {
        return origin != null && !sameHost(origin, host != null ? host : requestUri.getRawAuthority());
    }

    /** True when host and port agree; false for an opaque origin ({@code null}) or anything unreadable. */
    static boolean sameHost(String origin, String host) {
        if (origin == null || host == null || host.isBlank()) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.getHost() == null) {
            return false;
        }
        int defaultPort = defaultPort(scheme);
        int originPort = uri.getPort() >= 0 ? uri.getPort() : defaultPort;
        String h = host.strip();
        int portAt = h.startsWith("[") ? h.indexOf("]:") + 1 : h.lastIndexOf(':');
        String name = portAt > 0 ? h.substring(0, portAt) : h;
        int port = portAt > 0 ? port(h.substring(portAt + 1)) : defaultPort;
        return originPort >= 0 && port == originPort
                && name.toLowerCase(Locale.ROOT).equals(uri.getHost().toLowerCase(Locale.ROOT));
    }

    private static int defaultPort(String scheme) {
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
    }

    private static int port(String text) {
        if (text.isEmpty() || text.length() > 5 || !text.chars().allMatch(Character::isDigit)) {
            return -2;
        }
        return Integer.parseInt(text);
    }
}
