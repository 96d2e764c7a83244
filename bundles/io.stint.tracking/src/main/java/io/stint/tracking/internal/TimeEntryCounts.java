package io.stint.tracking.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.store.api.TransactionalWork;
import io.stint.store.api.Transactions;

/**
 * Remembers list totals ({@code pagination.total}) per filter, so paging through one filter counts its
 * entries once. Every write to time entries bumps a version that voids all remembered totals;
 * a total is also forgotten after {@link #MAX_AGE_NANOS}, which bounds how long a count taken while
 * a write was still in flight can be served.
 */
@Component(service = TimeEntryCounts.class)
public final class TimeEntryCounts {

    static final long MAX_AGE_NANOS = 2_000_000_000L;
    private static final int MAX_ENTRIES = 10_000;

    private record Key(String sql, List<Object> parameters) {
    }

    private record Total(long version, long takenAt, long value) {
    }


    private final Transactions tx;
    private final AtomicLong version = new AtomicLong();
    private final Map<Key, Total> totals = new ConcurrentHashMap<>();

    /** Runs a write to time entries: the remembered totals are void before it and once it is done. */
    <T> T writing(TransactionalWork<T> work) {
        changed();
        try {
            return tx.call(work);
        } finally {
            changed();
        }
    }

    @Activate
    public TimeEntryCounts(@Reference Transactions tx) {
        this.tx = tx;
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
