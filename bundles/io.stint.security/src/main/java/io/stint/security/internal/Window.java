package io.stint.security.internal;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed-window counter without locks: window index and count packed in one long, so a new
 * window resets the count in the same compare-and-set that counts.
 */
final class Window {

    private static final int COUNT_BITS = 24;
    private static final long COUNT_MASK = (1L << COUNT_BITS) - 1;

    private final AtomicLong state = new AtomicLong();

    /** Counts one if fewer than {@code limit} were counted in window {@code index}. */
    boolean tryAcquire(long index, int limit) {
        while (true) {
            long current = state.get();
            long used = (current >>> COUNT_BITS) == index ? current & COUNT_MASK : 0;
            if (used >= limit || used >= COUNT_MASK) {
                return false;
            }
            if (state.compareAndSet(current, (index << COUNT_BITS) | (used + 1))) {
                return true;
            }
        }
    }

    /** Takes back one counted in window {@code index} (a request the other window refused). */
    void release(long index) {
        while (true) {
            long current = state.get();
            if ((current >>> COUNT_BITS) != index || (current & COUNT_MASK) == 0) {
                return;
            }
            if (state.compareAndSet(current, current - 1)) {
                return;
            }
        }
    }

    /** How many were counted in window {@code index}. */
    long used(long index) {
        long current = state.get();
        return (current >>> COUNT_BITS) == index ? current & COUNT_MASK : 0;
    }

    /** The window last counted in. */
    long lastIndex() {
        return state.get() >>> COUNT_BITS;
    }
}
