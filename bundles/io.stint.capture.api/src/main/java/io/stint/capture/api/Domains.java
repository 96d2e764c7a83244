package io.stint.capture.api;

import java.net.URI;
import java.util.Locale;

/** The host part of a page address, lower case and without a leading {@code www.}. */
public final class Domains {

    private Domains() {
    }

    /** The domain of {@code url}, or null when it has none (e.g. {@code about:blank}) or is malformed. */
    public static String of(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.trim()).getHost();
            if (host == null || host.isEmpty()) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
