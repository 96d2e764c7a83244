package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;
import io.stint.testkit.TestDatabase;

class TokenServiceTest {

    private final TestDatabase db = TestDatabase.ofModule();
    private final UserService users = new UserService(db.transactions(), 4);
    private final TokenService tokens = new TokenService(db.transactions(), users);
    private final User alice = users.create(UserServiceTest.newUser("alice", "secret123"), true);

    @Test
    void aNewTokenAuthenticatesAsItsUserWithItsScopes() {
        TokenService.Issued issued = tokens.create(alice.id(), "cli", List.of(Scopes.READ_PROJECTS), null);
        Caller caller = tokens.authenticate(issued.secret());
        assertEquals(alice.id(), caller.userId());
        assertEquals(Set.of(Scopes.READ_PROJECTS), caller.scopes());
        assertEquals(issued.token().id(), caller.tokenId());
        assertEquals(TokenSecrets.prefix(issued.secret()), issued.token().prefix());
    }

    @Test
    void onlyTheHashAndPrefixAreStored() {
        TokenService.Issued issued = tokens.create(alice.id(), "cli", List.of(Scopes.READ_PROJECTS), null);
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
        assertTrue(row.contains(TokenSecrets.hash(issued.secret())));
        assertTrue(!row.contains(issued.secret()));
    }

    @Test
    void aRevokedTokenStopsWorkingAtOnceEvenWhenCached() {
        TokenService.Issued issued = tokens.create(alice.id(), "cli", List.of(Scopes.READ_PROJECTS), null);
        assertNotNull(tokens.authenticate(issued.secret()));
        assertTrue(tokens.revoke(issued.token().id()));
        assertNull(tokens.authenticate(issued.secret()));
        assertNotNull(tokens.get(issued.token().id()).orElseThrow().revokedAt());
    }

    @Test
    void anExpiredTokenIsRefused() {
        TokenService.Issued issued = tokens.create(alice.id(), "old", List.of(Scopes.READ_PROJECTS),
                Instant.now().minus(1, ChronoUnit.MINUTES));
        assertNull(tokens.authenticate(issued.secret()));
    }

    @Test
    void deactivatingTheUserDisablesTheirCachedTokens() {
        TokenService.Issued issued = tokens.create(alice.id(), "cli", List.of(Scopes.READ_PROJECTS), null);
        tokens.activate();
        try {
            assertNotNull(tokens.authenticate(issued.secret()));
            users.update(alice.id(), new UserChange(null, null, null, false, null, false, null, false, null));
            assertNull(tokens.authenticate(issued.secret()));
        } finally {
            tokens.deactivate();
        }
    }

    @Test
    void unknownAndMalformedSecretsAreRefused() {
        assertNull(tokens.authenticate(TokenSecrets.generate()));
        assertNull(tokens.authenticate("not a token"));
    }

    @Test
    void unknownScopesAndBlankNamesAreFieldErrors() {
        ApiException scope = assertThrows(ApiException.class,
                () -> tokens.create(alice.id(), "x", List.of("read:everything"), null));
        assertTrue(scope.errors().containsKey("scopes"));
        ApiException name = assertThrows(ApiException.class,
                () -> tokens.create(alice.id(), " ", List.of(Scopes.READ_PROJECTS), null));
        assertTrue(name.errors().containsKey("name"));
        assertEquals(0, tokens.count(alice.id()));
    }

    @Test
    void useIsRecordedInABatchNotPerRequest() {
        TokenService.Issued issued = tokens.create(alice.id(), "cli", List.of(Scopes.READ_PROJECTS), null);
        for (int i = 0; i < 50; i++) {
            tokens.authenticate(issued.secret());
        }
        assertNull(tokens.get(issued.token().id()).orElseThrow().lastUsedAt());
        tokens.flushUsage();
        assertNotNull(tokens.get(issued.token().id()).orElseThrow().lastUsedAt());
    }

    @Test
    void aUsersTokensAreListedNewestFirst() {
        tokens.create(alice.id(), "first", List.of(Scopes.READ_PROJECTS), null);
        tokens.create(alice.id(), "second", List.of(Scopes.READ_PROJECTS), null);
        assertEquals(List.of("second", "first"),
                tokens.list(alice.id(), PageRequest.of(null, null)).stream().map(ApiToken::name).toList());
    }
}
