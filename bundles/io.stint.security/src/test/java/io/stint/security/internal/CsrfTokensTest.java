package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsrfTokensTest {

    @TempDir
    Path data;

    private final String session = TokenSecrets.generate();

    private Path keyFile() {
        return data.resolve(KeyFileSecrets.FOLDER).resolve(KeyFileSecrets.FILE);
    }

    @Test
    void theTokenIsTheBase64UrlHmacSha256OfTheSessionUnderTheKey() throws Exception {
        byte[] key = new byte[32];
        key[0] = 7;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(session.getBytes(StandardCharsets.UTF_8)));
        String token = new CsrfTokens(() -> key).of(session);
        assertEquals(expected, token);
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
    }

    @Test
    void theSameSessionAlwaysGetsTheSameTokenAndAnotherSessionAnother() {
        CsrfTokens csrf = new CsrfTokens(new KeyFileSecrets(keyFile()));
        assertEquals(csrf.of(session), csrf.of(session));
        assertNotEquals(csrf.of(session), csrf.of(TokenSecrets.generate()));
        assertFalse(csrf.of(session).contains(session.substring(3)), "the token does not reveal the session");
    }

    @Test
    void theTokenSurvivesARestartBecauseTheKeyIsKeptInTheKeyFile() {
        String before = new CsrfTokens(new KeyFileSecrets(keyFile())).of(session);
        assertEquals(before, new CsrfTokens(new KeyFileSecrets(keyFile())).of(session));
    }

    @Test
    void anotherInstallationsKeyGivesAnotherToken(@TempDir Path other) {
        String here = new CsrfTokens(new KeyFileSecrets(keyFile())).of(session);
        String there = new CsrfTokens(new KeyFileSecrets(other.resolve("keys").resolve("secrets.key"))).of(session);
        assertNotEquals(here, there);
    }

    @Test
    void theKeyIsNotTheSecretsKeyItselfButDerivedFromIt() throws Exception {
        KeyFileSecrets secrets = new KeyFileSecrets(keyFile());
        byte[] derived = secrets.derive(CsrfTokens.PURPOSE);
        byte[] raw = KeyFiles.read(keyFile(), KeyFileSecrets.KEY_BYTES);
        assertEquals(32, derived.length);
        assertFalse(Arrays.equals(raw, derived));
        assertFalse(Arrays.equals(derived, secrets.derive("another purpose")));
    }

    @Test
    void noKeyFileIsMadeUntilATokenIsNeeded() {
        CsrfTokens csrf = new CsrfTokens(new KeyFileSecrets(keyFile()));
        assertFalse(Files.exists(keyFile()));
        csrf.of(session);
        assertTrue(Files.exists(keyFile()));
    }

    @Test
    void onlyTheExactTokenOfThisSessionMatches() {
        CsrfTokens csrf = new CsrfTokens(new KeyFileSecrets(keyFile()));
        String token = csrf.of(session);
        assertTrue(csrf.matches(session, token));
        assertFalse(csrf.matches(session, null));
        assertFalse(csrf.matches(session, ""));
        assertFalse(csrf.matches(session, token.substring(1)));
        assertFalse(csrf.matches(session, token + "A"));
        assertFalse(csrf.matches(session, token.toUpperCase()));
        assertFalse(csrf.matches(TokenSecrets.generate(), token), "another session's token does not match");
        assertFalse(csrf.matches(session, session), "the session secret is not its csrf token");
    }
}
