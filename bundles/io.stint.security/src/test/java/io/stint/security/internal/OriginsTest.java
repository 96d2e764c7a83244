package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OriginsTest {

    @Test
    void anOriginOfTheSameHostAndPortMatches() {
        assertTrue(Origins.sameHost("http://127.0.0.1:8080", "127.0.0.1:8080"));
        assertTrue(Origins.sameHost("http://Stint.Example:8080", "stint.example:8080"));
        assertTrue(Origins.sameHost("http://[::1]:8080", "[::1]:8080"));
    }

    @Test
    void aHostWithoutAPortMeansTheDefaultPortOfTheOriginsScheme() {
        assertTrue(Origins.sameHost("https://stint.example", "stint.example"));
        assertTrue(Origins.sameHost("http://stint.example", "stint.example"));
        assertTrue(Origins.sameHost("https://stint.example", "stint.example:443"));
        assertTrue(Origins.sameHost("http://[::1]", "[::1]"));
        assertFalse(Origins.sameHost("https://stint.example:8443", "stint.example"));
        assertFalse(Origins.sameHost("http://stint.example", "stint.example:8080"));
    }

    @Test
    void anotherHostOrPortDoesNotMatch() {
        assertFalse(Origins.sameHost("http://evil.example:8080", "127.0.0.1:8080"));
        assertFalse(Origins.sameHost("http://127.0.0.1:9090", "127.0.0.1:8080"));
        assertFalse(Origins.sameHost("http://localhost:8080", "127.0.0.1:8080"));
        assertFalse(Origins.sameHost("http://127.0.0.1.evil.example:8080", "127.0.0.1:8080"));
    }

    @Test
    void opaqueOrUnreadableOriginsAndHostsDoNotMatch() {
        assertFalse(Origins.sameHost("null", "127.0.0.1:8080"));
        assertFalse(Origins.sameHost("file://", "127.0.0.1:8080"));
        assertFalse(Origins.sameHost("http://127.0.0.1:8080", null));
        assertFalse(Origins.sameHost("http://127.0.0.1:8080", "127.0.0.1:80x"));
        assertFalse(Origins.sameHost("ftp://127.0.0.1", "127.0.0.1"));
        assertFalse(Origins.sameHost("http://exa mple", "exa mple"));
    }
}
