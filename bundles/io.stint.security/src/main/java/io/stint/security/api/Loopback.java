package io.stint.security.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a request comes from this machine and names it, for APIs that let the installation's local
 * user in without a token from loopback (ActivityWatch's, ChronicleCore's). Literal addresses only,
 * never a name lookup.
 */
public final class Loopback {

    private Loopback() {
    }

    /** Whether {@code address} is a literal loopback address. */
    public static boolean isLoopback(String address) {
        if (address == null || address.isEmpty() || !address.matches("[0-9a-fA-F:.\\[\\]%]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Whether a Host header names this machine by a loopback name. A web page whose own host name
     * was rebound to 127.0.0.1 (DNS rebinding) sends its own name, so it gets no token-less access.
     */
    public static boolean namesThisMachine(String hostHeader) {
        if (hostHeader == null) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end > 0 && isLoopback(host.substring(1, end));
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(':') == colon) {
            host = host.substring(0, colon);
        }
        return host.equals("localhost") || isLoopback(host);
    }
}
