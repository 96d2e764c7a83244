package io.stint.capture.activitywatch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.stint.security.api.Scopes;

class AwAuthFilterTest {

    @Test
    void readsAndQueriesNeedTheReadScopeEverythingElseTheWriteScope() {
        assertEquals(Scopes.READ_TRACKING, AwAuthFilter.requiredScope("GET", "buckets/x/events"));
        assertEquals(Scopes.READ_TRACKING, AwAuthFilter.requiredScope("POST", "query/"));
        assertEquals(Scopes.WRITE_TRACKING, AwAuthFilter.requiredScope("POST", "buckets/x/heartbeat"));
        assertEquals(Scopes.WRITE_TRACKING, AwAuthFilter.requiredScope("DELETE", "buckets/x"));
    }
}
