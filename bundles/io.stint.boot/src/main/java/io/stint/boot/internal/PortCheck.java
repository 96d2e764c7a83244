package io.stint.boot.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Whether the HTTP address can be bound, tried just before the HTTP server binds it. */
final class PortCheck {

    private PortCheck() {
    }

    /** @return null when {@code host:port} can be bound, else what is wrong, in a few words */
    static String failure(String host, int port) {
        if (port < 0 || port > 65535) {
            return "port " + port + " is not a port number";
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, port));
            return null;
        } catch (IOException | SecurityException | IllegalArgumentException e) {
            return host + ":" + port + " (" + e.getMessage() + ")";
        }
    }
}
