package io.stint.capture.activitywatch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.stint.security.api.Scopes;

class AwAuthFilterTest {

    @Test
    void onlyLiteralLoopbackAddressesAreLoopback() {
        assertTrue(AwAuthFilter.isLoopback("127.0.0.1"));
        assertTrue(AwAuthFilter.isLoopback("127.8.9.10"));
        assertTrue(AwAuthFilter.isLoopback("::1"));
        assertFalse(AwAuthFilter.isLoopback("192.168.1.20"));
        assertFalse(AwAuthFilter.isLoopback("localhost"), "names are never looked up");
        assertFalse(AwAuthFilter.isLoopback(null));
    }

    @Test
    void tokenLessAccessNeedsAHostHeaderNamingThisMachine() {
        assertTrue(AwAuthFilter.namesThisMachine("127.0.0.1:8080"));
        assertTrue(AwAuthFilter.namesThisMachine("localhost:5600"));
        assertTrue(AwAuthFilter.namesThisMachine("LOCALHOST"));
        assertTrue(AwAuthFilter.namesThisMachine("[::1]:8080"));
        assertFalse(AwAuthFilter.namesThisMachine("evil.example:8080"), "a rebound page name gets nothing");
        assertFalse(AwAuthFilter.namesThisMachine("localhost.evil.example"));
        assertFalse(AwAuthFilter.namesThisMachine("192.168.1.20:8080"));
        assertFalse(AwAuthFilter.namesThisMachine(null));
    }

    @Test
    void readsAndQueriesNeedTheReadScopeEverythingElseTheWriteScope() {
        assertEquals(Scopes.READ_TRACKING, AwAuthFilter.requiredScope("GET", "buckets/x/events"));
        assertEquals(Scopes.READ_TRACKING, AwAuthFilter.requiredScope("POST", "query/"));
        assertEquals(Scopes.WRITE_TRACKING, AwAuthFilter.requiredScope("POST", "buckets/x/heartbeat"));
        assertEquals(Scopes.WRITE_TRACKING, AwAuthFilter.requiredScope("DELETE", "buckets/x"));
    }
}
