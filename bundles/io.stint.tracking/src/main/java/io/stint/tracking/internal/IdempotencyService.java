package io.stint.tracking.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.store.api.Transactions;

/**
 * {@code Idempotency-Key} on POST: the first successful answer per token, operation and key is kept
 * for 24 hours and replayed as is. The key row is inserted before the work runs, in the same
 * transaction: a concurrent repeat waits on the primary key and then replays, and a failed request
 * rolls the row back, so it does not consume the key.
 */
@Component(service = IdempotencyService.class)
public final class IdempotencyService {

    static final Duration KEEP = Duration.ofHours(24);
    static final int MAX_KEY = 255;

    /** A stored answer: status and JSON body text. */
    public record Stored(int status, String body) {
    }

    private final Transactions tx;
    private final Clock clock;
    private final AtomicLong lastSweep = new AtomicLong();

    @Activate
    public IdempotencyService(@Reference Transactions tx) {
        this(tx, Clock.systemUTC());
    }

    IdempotencyService(Transactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Runs {@code work} once per key: with a null or blank key it simply runs; otherwise a repeat
     * within 24 hours returns the first answer without running. {@code work} joins this transaction.
     */
    public Stored once(long tokenId, String operation, String key, Supplier<Stored> work) {
        String k = key == null ? "" : key.strip();
        if (k.isEmpty()) {
            return work.get();
        }
        if (k.length() > MAX_KEY) {
            throw ApiException.badRequest("invalid_idempotency_key",
                    "Idempotency-Key must be at most " + MAX_KEY + " characters");
        }
        sweep();
        for (int attempt = 0;; attempt++) {
            try {
                return tx.call(c -> {
                    Optional<Stored> first = lookup(c, tokenId, operation, k);
                    if (first.isPresent()) {
                        return first.get();
                    }
                    claim(c, tokenId, operation, k);
                    Stored answer = work.get();
                    record(c, tokenId, operation, k, answer);
                    return answer;
                });
            } catch (Claimed e) {
                Optional<Stored> first = tx.call(c -> lookup(c, tokenId, operation, k));
                if (first.isPresent() || attempt > 0) {
                    return first.orElseThrow(() -> ApiException.conflict("conflict", "The request is being processed"));
                }
            }
        }
    }

    private Optional<Stored> lookup(Connection c, long tokenId, String operation, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT STATUS, BODY FROM TRACKING_IDEMPOTENCY "
                + "WHERE TOKEN_ID = ? AND OPERATION = ? AND IDEMPOTENCY_KEY = ? AND CREATED_AT >= ?")) {
            ps.setLong(1, tokenId);
            ps.setString(2, operation);
            ps.setString(3, key);
            ps.setObject(4, cutoff());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(rs.getInt(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    private void claim(Connection c, long tokenId, String operation, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM TRACKING_IDEMPOTENCY "
                + "WHERE TOKEN_ID = ? AND OPERATION = ? AND IDEMPOTENCY_KEY = ? AND CREATED_AT < ?")) {
            ps.setLong(1, tokenId);
            ps.setString(2, operation);
            ps.setString(3, key);
            ps.setObject(4, cutoff());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO TRACKING_IDEMPOTENCY "
                + "(TOKEN_ID, OPERATION, IDEMPOTENCY_KEY, STATUS, BODY, CREATED_AT) VALUES (?, ?, ?, 0, '', ?)")) {
            ps.setLong(1, tokenId);
            ps.setString(2, operation);
            ps.setString(3, key);
            ps.setObject(4, WireTimes.toDb(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
            ps.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new Claimed();
        }
    }

    private static void record(Connection c, long tokenId, String operation, String key, Stored answer)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE TRACKING_IDEMPOTENCY SET STATUS = ?, BODY = ? "
                + "WHERE TOKEN_ID = ? AND OPERATION = ? AND IDEMPOTENCY_KEY = ?")) {
            ps.setInt(1, answer.status());
            ps.setString(2, answer.body());
            ps.setLong(3, tokenId);
            ps.setString(4, operation);
            ps.setString(5, key);
            ps.executeUpdate();
        }
    }

    /** At most hourly, forgets the answers older than 24 hours. */
    private void sweep() {
        long now = clock.millis();
        long last = lastSweep.get();
        if (now - last < Duration.ofHours(1).toMillis() || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        tx.run(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM TRACKING_IDEMPOTENCY WHERE CREATED_AT < ?")) {
                ps.setObject(1, cutoff());
                ps.executeUpdate();
            }
        });
    }

    private LocalDateTime cutoff() {
        Instant cutoff = clock.instant().minus(KEEP);
        return WireTimes.toDb(cutoff);
    }

    /** Another request holds the key: it committed first, or just rolled back. */
    private static final class Claimed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Claimed() {
            super(null, null, false, false);
        }
    }
}
