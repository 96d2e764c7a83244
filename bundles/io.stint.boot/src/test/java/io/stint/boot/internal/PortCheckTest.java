package io.stint.boot.internal;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aFreePortCanBeBoundAndIsFreeAgainAfterwards() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        assertNull(PortCheck.failure("127.0.0.1", port));
        assertNull(PortCheck.failure("127.0.0.1", port), "the check releases the port it tried");
    }

    @Test
    void aPortInUseIsReportedWithTheAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String failure = PortCheck.failure("127.0.0.1", taken.getLocalPort());
            assertNotNull(failure);
            assertTrue(failure.contains("127.0.0.1:" + taken.getLocalPort()), failure);
        }
    }

    @Test
    void anImpossiblePortIsReported() {
        assertNotNull(PortCheck.failure("127.0.0.1", 70000));
        assertNotNull(PortCheck.failure("127.0.0.1", -1));
    }
}
