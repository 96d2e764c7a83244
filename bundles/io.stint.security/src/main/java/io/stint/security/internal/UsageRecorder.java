package io.stint.security.internal;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.store.api.Transactions;

/**
 * Tokens' {@code last_used_at}, written in batches off the request path: a request only notes the
 * time in memory, at most once a minute per token; {@link #flush()} writes what was noted.
 */
final class UsageRecorder {

    static final long RESOLUTION_SECONDS = 60;
    private static final Logger LOG = LoggerFactory.getLogger(UsageRecorder.class);

    private final Transactions tx;
    private final Map<Long, Instant> pending = new ConcurrentHashMap<>();

    UsageRecorder(Transactions tx) {
        this.tx = tx;
    }

    /** Notes a use of the token whose last noted use was at {@code lastNoted} (epoch seconds); returns the new mark. */
    long touch(long tokenId, long lastNoted, Instant now) {
        long second = now.getEpochSecond();
        if (second - lastNoted < RESOLUTION_SECONDS) {
            return lastNoted;
        }
        pending.put(tokenId, now);
        return second;
    }

    int pending() {
        return pending.size();
    }

    /** Writes every noted use in one transaction; failures are logged and the uses kept for the next flush. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<Long, Instant> batch = new HashMap<>();
        pending.forEach((id, at) -> {
            if (pending.remove(id, at)) {
                batch.put(id, at);
            }
        });
        try {
            tx.run(c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "UPDATE SECURITY_TOKENS SET LAST_USED_AT = ? WHERE ID = ?")) {
                    for (Map.Entry<Long, Instant> use : batch.entrySet()) {
                        ps.setObject(1, Times.toStored(use.getValue()));
                        ps.setLong(2, use.getKey());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            });
        } catch (RuntimeException e) {
            batch.forEach(pending::putIfAbsent);
            LOG.warn("Could not record the last use of {} API tokens: {}", batch.size(), e.getMessage());
        }
    }
}
