package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;
import io.stint.testkit.TestDatabase;

class BrowserSessionsTest {

    private static final String ADDRESS = "192.0.2.1";

    @TempDir
    static Path data;

    private final TestDatabase db = TestDatabase.ofModule();
    private final UserService users = new UserService(db.transactions(), 4);
    private final TokenService tokens = new TokenService(db.transactions(), users);
    private final RateLimits limits = new RateLimits(Configs.security(Map.of()));
    private final Logins logins = new Logins(users, tokens, limits, 720);
    private final CsrfTokens csrf = new CsrfTokens(new KeyFileSecrets(data.resolve("keys").resolve("secrets.key")));
    private final BrowserSessions sessions = new BrowserSessions(logins, tokens, users, csrf, 12);
    private final User alice = users.create(new UserChange("alice", "secret123", null, false, null, false, null, null,
            "Europe/Berlin"), true);

    @Test
    void signingInMakesASessionTokenWithTheUsersFullScopesForTheConfiguredHours() {
        Instant before = Instant.now();
        BrowserSessions.Started started = sessions.signIn("alice", "secret123", ADDRESS, null);
        TokenService.Authenticated known = tokens.check(started.secret());
        assertTrue(known.session());
        assertEquals(alice.id(), known.caller().userId());
        assertEquals(Set.copyOf(Logins.fullScopes(alice)), known.caller().scopes());
        assertEquals(12 * 3600, started.maxAgeSeconds());
        long hours = Duration.between(before, known.expiresAt()).toMinutes();
        assertTrue(hours >= 12 * 60 - 1 && hours <= 12 * 60, "expires in 12 h: " + known.expiresAt());
        ApiToken stored = tokens.get(known.caller().tokenId()).orElseThrow();
        assertEquals(TokenService.SESSION_NAME, stored.name());
        assertTrue(stored.session());
    }

    @Test
    void theAnswerNamesTheUserTheCsrfTokenAndTheExpiryInTheUsersZone() {
        BrowserSessions.Started started = sessions.signIn("alice", "secret123", ADDRESS, null);
        Map<String, Object> body = started.body();
        @SuppressWarnings("unchecked")
        Map<String, Object> user = (Map<String, Object>) body.get("user");
        assertEquals("alice", user.get("username"));
        assertEquals("Europe/Berlin", user.get("timezone"));
        assertEquals(csrf.of(started.secret()), body.get("csrf_token"));
        Instant expires = tokens.check(started.secret()).expiresAt();
        assertEquals(LocalDateTime.ofInstant(expires, ZoneId.of("Europe/Berlin")).truncatedTo(ChronoUnit.SECONDS).toString(),
                body.get("expires_at"));
    }

    @Test
    void theCurrentSessionAnswersTheSameCsrfTokenAsTheSignIn() {
        BrowserSessions.Started started = sessions.signIn("alice", "secret123", ADDRESS, null);
        Caller caller = tokens.authenticate(started.secret());
        assertEquals(started.body(), sessions.describe(caller, started.secret()));
    }

    @Test
    void theCurrentSessionIs401WhenTheRequestDidNotComeWithIt() {
        BrowserSessions.Started mine = sessions.signIn("alice", "secret123", ADDRESS, null);
        BrowserSessions.Started other = sessions.signIn("alice", "secret123", ADDRESS, null);
        Caller caller = tokens.authenticate(mine.secret());
        assertEquals(401, assertThrows(ApiException.class, () -> sessions.describe(caller, null)).status());
        assertEquals(401, assertThrows(ApiException.class, () -> sessions.describe(caller, other.secret())).status());
        TokenService.Issued api = tokens.create(alice.id(), "cli", List.of(Scopes.READ_USERS), null);
        Caller byToken = tokens.authenticate(api.secret());
        assertEquals(401, assertThrows(ApiException.class, () -> sessions.describe(byToken, api.secret())).status(),
                "an API token is no browser session");
    }

    @Test
    void aWrongPasswordIs401AndMakesNoSession() {
        ApiException refused = assertThrows(ApiException.class, () -> sessions.signIn("alice", "wrong", ADDRESS, null));
        assertEquals(401, refused.status());
        assertEquals(0, tokenRows());
    }

    @Test
    void failedSignInsAndFailedLoginsShareOneLimit() {
        for (int i = 0; i < 3; i++) {
            assertThrows(ApiException.class, () -> logins.login("alice", "wrong", ADDRESS));
        }
        for (int i = 0; i < 2; i++) {
            assertThrows(ApiException.class, () -> sessions.signIn("alice", "wrong", ADDRESS, null));
        }
        assertThrows(Logins.Throttled.class, () -> sessions.signIn("alice", "secret123", ADDRESS, null));
        assertThrows(Logins.Throttled.class, () -> logins.login("alice", "secret123", ADDRESS));
        assertNotNull(sessions.signIn("alice", "secret123", "192.0.2.2", null), "another address is not throttled");
    }

    @Test
    void signingOutRevokesTheSessionAtOnce() {
        BrowserSessions.Started started = sessions.signIn("alice", "secret123", ADDRESS, null);
        Caller caller = tokens.authenticate(started.secret());
        sessions.end(caller);
        assertNull(tokens.check(started.secret()));
        assertNotNull(tokens.get(caller.tokenId()).orElseThrow().revokedAt());
    }

    @Test
    void signingOutWithAnApiTokenRevokesNothing() {
        TokenService.Issued api = tokens.create(alice.id(), "cli", List.of(Scopes.READ_USERS), null);
        sessions.end(tokens.authenticate(api.secret()));
        assertNotNull(tokens.authenticate(api.secret()));
    }

    @Test
    void signingInAgainEndsTheSessionTheBrowserSentButNotItsApiToken() {
        BrowserSessions.Started first = sessions.signIn("alice", "secret123", ADDRESS, null);
        BrowserSessions.Started second = sessions.signIn("alice", "secret123", ADDRESS, first.secret());
        assertNull(tokens.check(first.secret()));
        assertNotNull(tokens.check(second.secret()));
        TokenService.Issued api = tokens.create(alice.id(), "cli", List.of(Scopes.READ_USERS), null);
        sessions.signIn("alice", "secret123", ADDRESS, api.secret());
        assertNotNull(tokens.check(api.secret()));
    }

    @Test
    void sessionsAreNotApiTokensSoTheTokenListNeitherShowsNorRevokesThem() {
        tokens.create(alice.id(), "cli", List.of(Scopes.READ_USERS, Scopes.WRITE_USERS), null);
        BrowserSessions.Started started = sessions.signIn("alice", "secret123", ADDRESS, null);
        Caller caller = tokens.authenticate(started.secret());
        assertEquals(List.of("cli"), tokens.list(alice.id(), PageRequest.of(null, null)).stream().map(ApiToken::name).toList());
        assertEquals(1, tokens.count(alice.id()));
        TokenAccess access = new TokenAccess(tokens, users);
        assertEquals(404, assertThrows(ApiException.class, () -> access.get(caller, caller.tokenId())).status());
        assertEquals(404, assertThrows(ApiException.class, () -> access.revoke(caller, caller.tokenId())).status());
        assertNotNull(tokens.check(started.secret()));
    }

    @Test
    void onlyTheHashOfTheSessionSecretIsStored() {
        BrowserSessions.Started started = sessions.signIn("alice", "secret123", ADDRESS, null);
        String row = db.transactions().call(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT * FROM SECURITY_TOKENS")) {
                rs.next();
                StringBuilder all = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    all.append(rs.getString(i)).append('|');
                }
                return all.toString();
            }
        });
        assertTrue(row.contains(TokenSecrets.hash(started.secret())));
        assertFalse(row.contains(started.secret()));
        assertFalse(row.contains(String.valueOf(started.body().get("csrf_token"))), "the csrf token is derived, not stored");
    }

    @Test
    void sessionsEndedMoreThanADayAgoAreForgottenAtTheNextSignIn() {
        Instant longAgo = Instant.now().minus(2, ChronoUnit.DAYS);
        TokenService.Issued old = tokens.createSession(alice.id(), Logins.fullScopes(alice), longAgo);
        TokenService.Issued recent = tokens.createSession(alice.id(), Logins.fullScopes(alice),
                Instant.now().minus(1, ChronoUnit.HOURS));
        TokenService.Issued api = tokens.create(alice.id(), "old cli", List.of(Scopes.READ_USERS), longAgo);
        sessions.signIn("alice", "secret123", ADDRESS, null);
        assertTrue(tokens.get(old.token().id()).isEmpty());
        assertTrue(tokens.get(recent.token().id()).isPresent());
        assertTrue(tokens.get(api.token().id()).isPresent(), "expired API tokens stay listed");
    }

    @Test
    void sessionsAndApiTokensAreCountedAgainstTheirOwnLimits() {
        RateLimits configured = new RateLimits(Configs.security(Map.of("rate_per_minute", 2,
                "session_requests_per_minute", 5)));
        long now = Instant.now().getEpochSecond();
        assertEquals(2, configured.tokens().acquire(1L, now).limitPerMinute());
        assertEquals(5, configured.sessions().acquire(1L, now).limitPerMinute());
        assertEquals(10_000, configured.sessions().acquire(1L, now).limitPerHour());
        assertEquals(600, limits.sessions().acquire(1L, now).limitPerMinute(), "600 a minute by default");
    }

    private long tokenRows() {
        return db.transactions().call(c -> {
            try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM SECURITY_TOKENS")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
