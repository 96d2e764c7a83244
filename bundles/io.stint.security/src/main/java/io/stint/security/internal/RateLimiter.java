package io.stint.security.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Requests per key per minute and per hour, in fixed windows, in memory. */
final class RateLimiter {

    /** The outcome of one request, with what the rate-limit headers and the 429 body show. */
    record Decision(boolean allowed, int limitPerMinute, int limitPerHour, long remainingPerMinute,
            long remainingPerHour, long resetEpochSecond, long retryAfterSeconds) {
    }

    private static final int PURGE_ABOVE = 10_000;

    private final Map<Object, Window[]> windows = new ConcurrentHashMap<>();
    private volatile int perMinute;
    private volatile int perHour;

    RateLimiter(int perMinute, int perHour) {
        limits(perMinute, perHour);
    }

    void limits(int minute, int hour) {
        this.perMinute = Math.max(1, minute);
        this.perHour = Math.max(1, hour);
    }

    /** Counts a request of {@code key} at {@code epochSecond} unless a window is full. */
    Decision acquire(Object key, long epochSecond) {
        int minuteLimit = perMinute;
        int hourLimit = perHour;
        long minute = epochSecond / 60;
        long hour = epochSecond / 3600;
        Window[] w = windows(key, minute);
        boolean allowed = false;
        long retry = 0;
        if (!w[0].tryAcquire(minute, minuteLimit)) {
            retry = (minute + 1) * 60 - epochSecond;
        } else if (!w[1].tryAcquire(hour, hourLimit)) {
            w[0].release(minute);
            retry = (hour + 1) * 3600 - epochSecond;
        } else {
            allowed = true;
        }
        return new Decision(allowed, minuteLimit, hourLimit, Math.max(0, minuteLimit - w[0].used(minute)),
                Math.max(0, hourLimit - w[1].used(hour)), (minute + 1) * 60, Math.max(1, retry));
    }

    /** Whether {@code key} used up its minute at {@code epochSecond}, without counting. */
    boolean exhausted(Object key, long epochSecond) {
        Window[] w = windows.get(key);
        return w != null && w[0].used(epochSecond / 60) >= perMinute;
    }

    /** Seconds until the minute window of {@code epochSecond} ends. */
    static long untilNextMinute(long epochSecond) {
        return 60 - epochSecond % 60;
    }

    private Window[] windows(Object key, long minute) {
        Window[] w = windows.get(key);
        if (w == null) {
            if (windows.size() > PURGE_ABOVE) {
                // keys idle for an hour hold nothing worth keeping
                windows.values().removeIf(old -> old[0].lastIndex() < minute - 60);
            }
            w = windows.computeIfAbsent(key, k -> new Window[] { new Window(), new Window() });
        }
        return w;
    }
}
