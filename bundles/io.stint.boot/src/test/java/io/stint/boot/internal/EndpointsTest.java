package io.stint.boot.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class EndpointsTest {

    @Test
    void aListedEndpointCountsInAnyShape() {
        assertTrue(Endpoints.any("http://127.0.0.1:8080/"));
        assertTrue(Endpoints.any(new String[] { "", "http://127.0.0.1:8080/" }));
        assertTrue(Endpoints.any(List.of("http://127.0.0.1:8080/")));
    }

    @Test
    void missingOrBlankEndpointsMeanNoListener() {
        assertFalse(Endpoints.any(null));
        assertFalse(Endpoints.any(new String[0]));
        assertFalse(Endpoints.any(new String[] { " " }));
        assertFalse(Endpoints.any(List.of()));
    }
}
