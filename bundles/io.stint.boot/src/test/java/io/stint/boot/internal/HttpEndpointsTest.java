package io.stint.boot.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class HttpEndpointsTest {

    @Test
    void aListedEndpointCountsInAnyShape() {
        assertTrue(HttpEndpoints.any("http://127.0.0.1:8080/"));
        assertTrue(HttpEndpoints.any(new String[] { "", "http://127.0.0.1:8080/" }));
        assertTrue(HttpEndpoints.any(List.of("http://127.0.0.1:8080/")));
    }

    @Test
    void missingOrBlankEndpointsMeanNoListener() {
        assertFalse(HttpEndpoints.any(null));
        assertFalse(HttpEndpoints.any(new String[0]));
        assertFalse(HttpEndpoints.any(new String[] { " " }));
        assertFalse(HttpEndpoints.any(List.of()));
    }
}
