package io.stint.rules.internal.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Domain rule values and the host an event shows. */
final class Domains {

    private Domains() {
    }

    /** The rule value as stored in the index: lower case, no {@code *.} or trailing dot. */
    static String normalise(String value) throws InvalidRuleException {
        String d = value.trim().toLowerCase(Locale.ROOT);
        if (d.contains("://")) {
            throw new InvalidRuleException("a domain, not a URL: leave out the scheme (github.com)");
        }
        if (d.startsWith("*.")) {
            d = d.substring(2);
        }
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        if (d.isEmpty()) {
            throw new InvalidRuleException("a domain is required (github.com)");
        }
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (c == '/' || c == ':' || c == '@' || c == '?' || c == '#' || c == '*' || Character.isWhitespace(c)
                    || Character.isISOControl(c)) {
                throw new InvalidRuleException("a domain cannot contain "
                        + (Character.isWhitespace(c) ? "spaces" : "'" + c + "'") + " (github.com)");
            }
        }
        if (d.startsWith(".") || d.contains("..")) {
            throw new InvalidRuleException("a domain cannot have an empty label (github.com)");
        }
        return d;
    }

    /** The event's host: {@code domain} when given, else the URL's; lower case, no port. Null: none. */
    static String host(String domain, String url) {
        if (domain != null && !domain.isBlank()) {
            return clean(domain);
        }
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String host = uri.getHost();
            if (host == null) {
                // URI leaves the host out when a label has an underscore; the authority still holds it.
                host = uri.getRawAuthority();
                if (host == null) {
                    return null;
                }
                host = host.substring(host.lastIndexOf('@') + 1);
            }
            return clean(host);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String clean(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        if (colon >= 0 && (h.startsWith("[") ? h.indexOf(']') < colon : h.indexOf(':') == colon)) {
            h = h.substring(0, colon);
        }
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h.isEmpty() ? null : h;
    }

    /** Whether {@code host} is {@code domain} or a subdomain of it (both normalised). */
    static boolean within(String host, String domain) {
        return host.endsWith(domain)
                && (host.length() == domain.length() || host.charAt(host.length() - domain.length() - 1) == '.');
    }
}
