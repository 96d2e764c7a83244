package io.stint.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;
import io.stint.store.api.Transactions;

/**
 * API tokens in {@code SECURITY_TOKENS}, and the check every request makes: a secret's hash looked
 * up in memory first, the database only on a miss; revoking a token or changing its user drops it.
 */
@Component(service = TokenService.class)
public final class TokenService {

    /** A token just made, with its secret: the only time the secret is known. */
    record Issued(ApiToken token, String secret) {
    }

    /** A token known valid, as cached. */
    private static final class Session {
        final Caller caller;
        final Instant expiresAt;
        volatile long lastNoted;

        Session(Caller caller, Instant expiresAt) {
            this.caller = caller;
            this.expiresAt = expiresAt;
        }
    }

    private static final String COLUMNS =
            "ID, USER_ID, NAME, PREFIX, SCOPES, CREATED_AT, EXPIRES_AT, LAST_USED_AT, REVOKED_AT";

    private final Transactions tx;
    private final UserService users;
    private final UsageRecorder usage;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** Bumped by every revocation and user change, so a lookup racing one is not cached. */
    private final AtomicLong generation = new AtomicLong();
    private final LongConsumer userChanged = this::userChanged;
    private ScheduledExecutorService flusher;

    @Activate
    public TokenService(@Reference Transactions tx, @Reference UserService users) {
        this.tx = tx;
        this.users = users;
        this.usage = new UsageRecorder(tx);
    }

    @Activate
    void activate() {
        users.onChange(userChanged);
        flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stint-token-usage");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(usage::flush, 15, 15, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        users.removeListener(userChanged);
        flusher.shutdownNow();
        usage.flush();
    }

    /** The caller a secret stands for, or null when it is unknown, revoked, expired or its user inactive. */
    Caller authenticate(String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            return null;
        }
        String hash = TokenSecrets.hash(secret);
        Instant now = Instant.now();
        Session session = sessions.get(hash);
        if (session == null) {
            long seen = generation.get();
            session = load(hash, now);
            if (session == null) {
                return null;
            }
            sessions.put(hash, session);
            if (generation.get() != seen) {
                sessions.remove(hash, session);
            }
        }
        if (session.expiresAt != null && !session.expiresAt.isAfter(now)) {
            sessions.remove(hash, session);
            return null;
        }
        session.lastNoted = usage.touch(session.caller.tokenId(), session.lastNoted, now);
        return session.caller;
    }

    /** Writes the noted uses now (tests, shutdown). */
    void flushUsage() {
        usage.flush();
    }

    /**
     * A new token for {@code userId}. @throws ApiException 400 for a blank name, no scopes or an unknown one
     */
    Issued create(long userId, String name, Collection<String> scopes, Instant expiresAt) {
        return store(userId, name, scopes, expiresAt, TokenSecrets.generate());
    }

    /** A new token with a secret chosen by the operator (the bootstrap token). */
    Issued createWithSecret(long userId, String name, Collection<String> scopes, Instant expiresAt, String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            throw new IllegalArgumentException("A token is tt_ followed by 32 characters of A-Z a-z 0-9 _ -");
        }
        return store(userId, name, scopes, expiresAt, secret);
    }

    Optional<ApiToken> get(long id) {
        return tx.call(c -> one(c, id));
    }

    /** Newest first. */
    List<ApiToken> list(long userId, PageRequest page) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM SECURITY_TOKENS WHERE USER_ID = ? ORDER BY ID DESC LIMIT ? OFFSET ?")) {
                ps.setLong(1, userId);
                ps.setInt(2, page.perPage());
                ps.setLong(3, page.offset());
                List<ApiToken> tokens = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tokens.add(read(rs));
                    }
                }
                return tokens;
            }
        });
    }

    long count(long userId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM SECURITY_TOKENS WHERE USER_ID = ?")) {
                ps.setLong(1, userId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** Revokes the token; it stops working at once. @return false when there is no such token */
    boolean revoke(long id) {
        boolean found = tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE SECURITY_TOKENS SET REVOKED_AT = COALESCE(REVOKED_AT, ?) WHERE ID = ?")) {
                ps.setObject(1, Times.toStored(Instant.now()));
                ps.setLong(2, id);
                return ps.executeUpdate() == 1;
            }
        });
        generation.incrementAndGet();
        sessions.values().removeIf(s -> s.caller.tokenId() == id);
        return found;
    }

    private void userChanged(long userId) {
        generation.incrementAndGet();
        sessions.values().removeIf(s -> s.caller.userId() == userId);
    }

    private Issued store(long userId, String name, Collection<String> scopes, Instant expiresAt, String secret) {
        String cleanName = name == null ? null : name.strip();
        if (cleanName == null || cleanName.isEmpty()) {
            throw ApiException.invalidField("name", "Missing data for required field.");
        }
        if (cleanName.length() > 200) {
            throw ApiException.invalidField("name", "Longer than maximum length 200.");
        }
        List<String> clean = checkedScopes(scopes);
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO SECURITY_TOKENS (USER_ID, NAME, TOKEN_HASH, PREFIX,"
                    + " SCOPES, CREATED_AT, EXPIRES_AT) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, userId);
                ps.setString(2, cleanName);
                ps.setString(3, TokenSecrets.hash(secret));
                ps.setString(4, TokenSecrets.prefix(secret));
                ps.setString(5, String.join(",", clean));
                ps.setObject(6, Times.toStored(Instant.now()));
                ps.setObject(7, Times.toStored(expiresAt));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new Issued(one(c, keys.getLong(1)).orElseThrow(), secret);
                }
            }
        });
    }

    /** The scopes without duplicates. @throws ApiException 400 when empty or one is unknown */
    static List<String> checkedScopes(Collection<String> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw ApiException.invalidField("scopes", "At least one scope is required.");
        }
        LinkedHashSet<String> clean = new LinkedHashSet<>();
        for (String scope : scopes) {
            String s = scope == null ? "" : scope.strip();
            if (!Scopes.isKnown(s)) {
                throw ApiException.invalidField("scopes", "Unknown scope: " + s + ".");
            }
            clean.add(s);
        }
        return List.copyOf(clean);
    }

    private Session load(String hash, Instant now) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT t.ID, t.SCOPES, t.EXPIRES_AT, t.REVOKED_AT, u.ID,"
                    + " u.USERNAME, u.ROLE, u.TIMEZONE, u.IS_ACTIVE FROM SECURITY_TOKENS t"
                    + " JOIN SECURITY_USERS u ON u.ID = t.USER_ID WHERE t.TOKEN_HASH = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    Instant expires = Times.fromStored(rs.getObject(3, LocalDateTime.class));
                    boolean revoked = rs.getObject(4) != null;
                    if (revoked || !rs.getBoolean(9) || (expires != null && !expires.isAfter(now))) {
                        return null;
                    }
                    java.time.ZoneId zone = UserValidation.zone(rs.getString(8));
                    Caller caller = new Caller(rs.getLong(5), rs.getString(6), rs.getString(7),
                            zone == null ? java.time.ZoneOffset.UTC : zone, scopesOf(rs.getString(2)), rs.getLong(1));
                    return new Session(caller, expires);
                }
            }
        });
    }

    private static java.util.Set<String> scopesOf(String stored) {
        return new LinkedHashSet<>(Arrays.asList(stored.split(",")));
    }

    private static Optional<ApiToken> one(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM SECURITY_TOKENS WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static ApiToken read(ResultSet rs) throws SQLException {
        return new ApiToken(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                List.of(rs.getString(5).split(",")), Times.fromStored(rs.getObject(6, LocalDateTime.class)),
                Times.fromStored(rs.getObject(7, LocalDateTime.class)), Times.fromStored(rs.getObject(8, LocalDateTime.class)),
                Times.fromStored(rs.getObject(9, LocalDateTime.class)));
    }
}
