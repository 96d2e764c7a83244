package io.stint.tracking.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.stint.store.api.TransactionalWork;
import io.stint.store.api.Transactions;

/**
 * Remembers list totals ({@code pagination.total}) per database and filter, so paging through one filter counts
 * its entries once. Every write to time entries bumps a version that voids all remembered totals;
 * a total is also forgotten after {@link #MAX_AGE_NANOS}, which bounds how long a count taken while
 * a write was still in flight can be served.
 */
final class TimeEntryCounts {

    static final long MAX_AGE_NANOS = 2_000_000_000L;
    private static final int MAX_ENTRIES = 10_000;

    private record Key(String sql, List<Object> parameters) {
    }

    private record Total(long version, long takenAt, long value) {
    }

    private static final Map<Object, TimeEntryCounts> BY_DATABASE = Collections.synchronizedMap(new WeakHashMap<>());

    private final AtomicLong version = new AtomicLong();
    private final Map<Key, Total> totals = new ConcurrentHashMap<>();

    /** Runs a write to time entries: the remembered totals are void before it and once it is done. */
    static <T> T writing(Transactions tx, TransactionalWork<T> work) {
        TimeEntryCounts counts = of(tx);
        counts.changed();
        try {
            return tx.call(work);
        } finally {
            counts.changed();
        }
    }

    /** The totals of the database behind {@code transactions}. */
    static TimeEntryCounts of(Object transactions) {
        return BY_DATABASE.computeIfAbsent(transactions, t -> new TimeEntryCounts());
    }

    /** Voids every remembered total: call before a write to time entries, and again once it committed. */
    void changed() {
        version.incrementAndGet();
    }

    /** The total for {@code sql} with {@code parameters}, counted by {@code count} when not remembered. */
    long total(String sql, List<Object> parameters, LongSupplier count) {
        long version = this.version.get();
        long now = System.nanoTime();
        Key key = new Key(sql, parameters);
        Total known = totals.get(key);
        if (known != null && known.version() == version && now - known.takenAt() < MAX_AGE_NANOS) {
            return known.value();
        }
        long value = count.getAsLong();
        if (totals.size() >= MAX_ENTRIES) {
            totals.clear();
        }
        totals.put(key, new Total(version, now, value));
        return value;
    }
}
