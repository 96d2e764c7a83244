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
 * Tokens in {@code SECURITY_TOKENS} (API tokens and browser sessions), and the check every request
 * makes: a secret's hash looked up in memory first, the database only on a miss; revoking a token or
 * changing its user drops it.
 */
@Component(service = TokenService.class)
public final class TokenService {

    /** A token just made, with its secret: the only time the secret is known. */
    record Issued(ApiToken token, String secret) {
    }

    /** Who a valid secret stands for; {@code session} when it is a browser session's, which expires at {@code expiresAt}. */
    record Authenticated(Caller caller, boolean session, Instant expiresAt) {
    }

    /** A token known valid, as cached. */
    private static final class Cached {
        final Authenticated known;
        volatile long lastNoted;

        Cached(Authenticated known) {
            this.known = known;
        }
    }

    static final String KIND_API = "api";
    static final String KIND_SESSION = "session";
    static final String SESSION_NAME = "Browser session";

    private static final String COLUMNS =
            "ID, USER_ID, NAME, PREFIX, SCOPES, CREATED_AT, EXPIRES_AT, LAST_USED_AT, REVOKED_AT, KIND";

    private final Transactions tx;
    private final UserService users;
    private final UsageRecorder usage;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
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
        Authenticated known = check(secret);
        return known == null ? null : known.caller();
    }

    /** What a secret stands for, or null when it is unknown, revoked, expired or its user inactive. */
    Authenticated check(String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            return null;
        }
        String hash = TokenSecrets.hash(secret);
        Instant now = Instant.now();
        Cached cached = cache.get(hash);
        if (cached == null) {
            long seen = generation.get();
            cached = load(hash, now);
            if (cached == null) {
                return null;
            }
            cache.put(hash, cached);
            if (generation.get() != seen) {
                cache.remove(hash, cached);
            }
        }
        Instant expires = cached.known.expiresAt();
        if (expires != null && !expires.isAfter(now)) {
            cache.remove(hash, cached);
            return null;
        }
        cached.lastNoted = usage.touch(cached.known.caller().tokenId(), cached.lastNoted, now);
        return cached.known;
    }

    /** Writes the noted uses now (tests, shutdown). */
    void flushUsage() {
        usage.flush();
    }

    /**
     * A new token for {@code userId}. @throws ApiException 400 for a blank name, no scopes or an unknown one
     */
    Issued create(long userId, String name, Collection<String> scopes, Instant expiresAt) {
        return store(userId, name, scopes, expiresAt, TokenSecrets.generate(), KIND_API);
    }

    /** A new browser session's token for {@code userId}: listed nowhere, limited by the session rates. */
    Issued createSession(long userId, Collection<String> scopes, Instant expiresAt) {
        return store(userId, SESSION_NAME, scopes, expiresAt, TokenSecrets.generate(), KIND_SESSION);
    }

    /** A new token with a secret chosen by the operator (the bootstrap token). */
    Issued createWithSecret(long userId, String name, Collection<String> scopes, Instant expiresAt, String secret) {
        if (!TokenSecrets.wellFormed(secret)) {
            throw new IllegalArgumentException("A token is tt_ followed by 32 characters of A-Z a-z 0-9 _ -");
        }
        return store(userId, name, scopes, expiresAt, secret, KIND_API);
    }

    Optional<ApiToken> get(long id) {
        return tx.call(c -> one(c, id));
    }

    /** The user's API tokens (browser sessions are not API tokens), newest first. */
    List<ApiToken> list(long userId, PageRequest page) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM SECURITY_TOKENS"
                    + " WHERE USER_ID = ? AND KIND = '" + KIND_API + "' ORDER BY ID DESC LIMIT ? OFFSET ?")) {
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

    /** How many API tokens the user has. */
    long count(long userId) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT COUNT(*) FROM SECURITY_TOKENS WHERE USER_ID = ? AND KIND = '" + KIND_API + "'")) {
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
        return revoke(id, "");
    }

    /** Revokes the token if it is a browser session's. @return false when there is no such session */
    boolean revokeSession(long id) {
        return revoke(id, " AND KIND = '" + KIND_SESSION + "'");
    }

    /** Forgets the user's browser sessions that expired or were revoked before {@code before}. @return how many */
    int purgeSessions(long userId, Instant before) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM SECURITY_TOKENS WHERE USER_ID = ? AND KIND = '"
                    + KIND_SESSION + "' AND (EXPIRES_AT < ? OR REVOKED_AT < ?)")) {
                ps.setLong(1, userId);
                ps.setObject(2, Times.toStored(before));
                ps.setObject(3, Times.toStored(before));
                return ps.executeUpdate();
            }
        });
    }

    private boolean revoke(long id, String onlyKind) {
        boolean found = tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE SECURITY_TOKENS SET REVOKED_AT = COALESCE(REVOKED_AT, ?) WHERE ID = ?" + onlyKind)) {
                ps.setObject(1, Times.toStored(Instant.now()));
                ps.setLong(2, id);
                return ps.executeUpdate() == 1;
            }
        });
        generation.incrementAndGet();
        cache.values().removeIf(s -> s.known.caller().tokenId() == id);
        return found;
    }

    private void userChanged(long userId) {
        generation.incrementAndGet();
        cache.values().removeIf(s -> s.known.caller().userId() == userId);
    }

    private Issued store(long userId, String name, Collection<String> scopes, Instant expiresAt, String secret,
            String kind) {
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
                    + " SCOPES, CREATED_AT, EXPIRES_AT, KIND) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, userId);
                ps.setString(2, cleanName);
                ps.setString(3, TokenSecrets.hash(secret));
                ps.setString(4, TokenSecrets.prefix(secret));
                ps.setString(5, String.join(",", clean));
                ps.setObject(6, Times.toStored(Instant.now()));
                ps.setObject(7, Times.toStored(expiresAt));
                ps.setString(8, kind);
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

    private Cached load(String hash, Instant now) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT t.ID, t.SCOPES, t.EXPIRES_AT, t.REVOKED_AT, u.ID,"
                    + " u.USERNAME, u.ROLE, u.TIMEZONE, u.IS_ACTIVE, t.KIND FROM SECURITY_TOKENS t"
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
                    return new Cached(new Authenticated(caller, KIND_SESSION.equals(rs.getString(10)), expires));
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
                Times.fromStored(rs.getObject(9, LocalDateTime.class)), KIND_SESSION.equals(rs.getString(10)));
    }
}
