package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long T0 = 1_800_000_000L - 1_800_000_000L % 3600; // the start of an hour

    @Test
    void theMinuteLimitRefusesTheNextRequestAndSaysWhenToRetry() {
        RateLimiter limiter = new RateLimiter(3, 100);
        for (int i = 0; i < 3; i++) {
            assertTrue(limiter.acquire("t", T0 + 10).allowed());
        }
        RateLimiter.Decision refused = limiter.acquire("t", T0 + 10);
        assertFalse(refused.allowed());
        assertEquals(50, refused.retryAfterSeconds());
        assertEquals(0, refused.remainingPerMinute());
        assertEquals(97, refused.remainingPerHour());
    }

    @Test
    void aNewMinuteStartsAFreshWindow() {
        RateLimiter limiter = new RateLimiter(1, 100);
        assertTrue(limiter.acquire("t", T0).allowed());
        assertFalse(limiter.acquire("t", T0 + 59).allowed());
        assertTrue(limiter.acquire("t", T0 + 60).allowed());
    }

    @Test
    void theHourLimitHoldsAcrossMinutesAndARefusalThereCostsNoMinuteBudget() {
        RateLimiter limiter = new RateLimiter(10, 2);
        assertTrue(limiter.acquire("t", T0).allowed());
        assertTrue(limiter.acquire("t", T0 + 120).allowed());
        RateLimiter.Decision refused = limiter.acquire("t", T0 + 240);
        assertFalse(refused.allowed());
        assertEquals(3600 - 240, refused.retryAfterSeconds());
        assertEquals(10, refused.remainingPerMinute());
        assertTrue(limiter.acquire("t", T0 + 3600).allowed());
    }

    @Test
    void eachKeyHasItsOwnCounters() {
        RateLimiter limiter = new RateLimiter(1, 10);
        assertTrue(limiter.acquire("a", T0).allowed());
        assertTrue(limiter.acquire("b", T0).allowed());
        assertFalse(limiter.acquire("a", T0).allowed());
    }

    @Test
    void concurrentRequestsNeverExceedTheLimit() throws Exception {
        RateLimiter limiter = new RateLimiter(500, 100_000);
        AtomicInteger allowed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.submit(() -> {
                for (int i = 0; i < 1000; i++) {
                    if (limiter.acquire("t", T0).allowed()) {
                        allowed.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(500, allowed.get());
    }

    @Test
    void changedLimitsApplyAtOnce() {
        RateLimiter limiter = new RateLimiter(1, 10);
        assertTrue(limiter.acquire("t", T0).allowed());
        limiter.limits(2, 10);
        assertTrue(limiter.acquire("t", T0).allowed());
        assertTrue(limiter.exhausted("t", T0));
    }
}
