package io.stint.security.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoopbackTest {

    @Test
    void onlyLiteralLoopbackAddressesAreLoopback() {
        assertTrue(Loopback.isLoopback("127.0.0.1"));
        assertTrue(Loopback.isLoopback("::1"));
        assertFalse(Loopback.isLoopback("192.168.1.20"));
        assertFalse(Loopback.isLoopback("localhost"), "names are never looked up");
        assertFalse(Loopback.isLoopback(null));
    }

    @Test
    void tokenLessAccessNeedsAHostHeaderNamingThisMachine() {
        assertTrue(Loopback.namesThisMachine("127.0.0.1:8080"));
        assertTrue(Loopback.namesThisMachine("localhost"));
        assertTrue(Loopback.namesThisMachine("[::1]:8080"));
        assertFalse(Loopback.namesThisMachine("evil.example:8080"), "a rebound page name gets nothing");
        assertFalse(Loopback.namesThisMachine("localhost.evil.example"));
        assertFalse(Loopback.namesThisMachine(null));
    }
}
