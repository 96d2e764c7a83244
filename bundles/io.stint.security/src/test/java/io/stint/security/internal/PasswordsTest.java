package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordsTest {

    private final Passwords passwords = new Passwords(4);

    @Test
    void aHashVerifiesItsPasswordAndNoOther() {
        String hash = passwords.hash("correct horse");
        assertTrue(hash.startsWith("$2b$04$"), hash);
        assertTrue(Passwords.verify("correct horse", hash));
        assertFalse(Passwords.verify("correct horsE", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(passwords.hash("same password"), passwords.hash("same password"));
    }

    @Test
    void aMissingOrMalformedHashNeverVerifies() {
        assertFalse(Passwords.verify("anything", null));
        assertFalse(Passwords.verify("anything", ""));
        assertFalse(Passwords.verify("anything", "$2b$10$garbage"));
    }

    @Test
    void theCostIsConfigurableWithinBcryptsRange() {
        assertTrue(new Passwords(5).hash("password1").startsWith("$2b$05$"));
        assertThrows(IllegalArgumentException.class, () -> new Passwords(3));
    }

    @Test
    void passwordsShorterThanEightCharactersAreRefused() {
        assertNotNull(Passwords.problem("short"));
        assertNull(Passwords.problem("long enough"));
    }
}
