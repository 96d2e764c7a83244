package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenSecretsTest {

    @Test
    void aGeneratedTokenIsTtAnd32UrlSafeCharacters() {
        String token = TokenSecrets.generate();
        assertTrue(token.matches("tt_[A-Za-z0-9_-]{32}"), token);
        assertTrue(TokenSecrets.wellFormed(token));
    }

    @Test
    void twoGeneratedTokensDiffer() {
        assertNotEquals(TokenSecrets.generate(), TokenSecrets.generate());
    }

    @Test
    void theHashIsLowercaseHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", TokenSecrets.hash("abc"));
    }

    @Test
    void thePrefixIsTheFirstEightCharacters() {
        assertEquals("tt_abcde", TokenSecrets.prefix("tt_abcdefghijklmnopqrstuvwxyz012345"));
    }

    @Test
    void malformedTokensAreRejectedBeforeAnyLookup() {
        assertFalse(TokenSecrets.wellFormed(null));
        assertFalse(TokenSecrets.wellFormed("tt_short"));
        assertFalse(TokenSecrets.wellFormed("xx_abcdefghijklmnopqrstuvwxyz012345"));
        assertFalse(TokenSecrets.wellFormed("tt_abcdefghijklmnopqrstuvwxyz01234!"));
    }
}
