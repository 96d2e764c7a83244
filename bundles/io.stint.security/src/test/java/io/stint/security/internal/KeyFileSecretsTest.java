package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stint.security.api.Secrets;

class KeyFileSecretsTest {

    private static final String KEY = "sk-test-0123456789abcdef";

    @TempDir
    Path data;

    private Path keyFile() {
        return data.resolve(KeyFileSecrets.FOLDER).resolve(KeyFileSecrets.FILE);
    }

    @Test
    void aSealedTextOpensToItsPlaintext() {
        Secrets secrets = new KeyFileSecrets(keyFile());
        String sealed = secrets.seal(KEY);
        assertTrue(sealed.startsWith("sealed:v1:"), sealed);
        assertFalse(sealed.contains(KEY));
        assertTrue(secrets.isSealed(sealed));
        assertEquals(KEY, secrets.open(sealed));
    }

    @Test
    void theBodyIsATwelveByteIvThenCiphertextAndSixteenByteTag() {
        String sealed = new KeyFileSecrets(keyFile()).seal(KEY);
        byte[] body = Base64.getDecoder().decode(sealed.substring("sealed:v1:".length()));
        assertEquals(12 + KEY.length() + 16, body.length);
    }

    @Test
    void sealingTheSameTextTwiceGivesDifferentTexts() {
        Secrets secrets = new KeyFileSecrets(keyFile());
        String first = secrets.seal(KEY);
        String second = secrets.seal(KEY);
        assertNotEquals(first, second);
        assertEquals(secrets.open(first), secrets.open(second));
    }

    @Test
    void aFlippedByteIsDetected() {
        Secrets secrets = new KeyFileSecrets(keyFile());
        byte[] body = Base64.getDecoder().decode(secrets.seal(KEY).substring("sealed:v1:".length()));
        for (int at : new int[] { 0, 12, body.length - 1 }) {
            byte[] altered = body.clone();
            altered[at] ^= 0x01;
            String tampered = "sealed:v1:" + Base64.getEncoder().encodeToString(altered);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> secrets.open(tampered));
            assertTrue(e.getMessage().contains("altered"), e.getMessage());
        }
    }

    @Test
    void aTextSealedUnderAnotherKeyDoesNotOpen() {
        String sealed = new KeyFileSecrets(keyFile()).seal(KEY);
        Secrets other = new KeyFileSecrets(data.resolve("elsewhere").resolve(KeyFileSecrets.FILE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.open(sealed));
        assertFalse(e.getMessage().contains(sealed));
    }

    @Test
    void aTextWithoutThePrefixIsNotSealedAndDoesNotOpen() {
        Secrets secrets = new KeyFileSecrets(keyFile());
        for (String text : new String[] { KEY, "sealed:v1:", "sealed:v2:AAAA" }) {
            assertFalse(secrets.isSealed(text), text);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> secrets.open(text));
            assertFalse(e.getMessage().contains(KEY), e.getMessage());
        }
        assertFalse(secrets.isSealed(null));
    }

    @Test
    void aMalformedBodyIsRefusedWithoutEchoingIt() {
        Secrets secrets = new KeyFileSecrets(keyFile());
        for (String text : new String[] { "sealed:v1:%%" + KEY, "sealed:v1:AAAA" }) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> secrets.open(text));
            assertFalse(e.getMessage().contains(KEY), e.getMessage());
            assertFalse(e.getMessage().contains("AAAA"), e.getMessage());
        }
    }

    @Test
    void theKeyIsMadeOnFirstUseInAnOwnerOnlyFolderAndFile() throws Exception {
        Secrets secrets = new KeyFileSecrets(keyFile());
        assertFalse(Files.exists(keyFile()), "nothing is written before the first use");
        secrets.seal(KEY);
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile().getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile())));
        assertEquals(32, Base64.getDecoder().decode(Files.readString(keyFile()).strip()).length);
        try (var files = Files.list(keyFile().getParent())) {
            assertEquals(1, files.count(), "no partial file is left behind");
        }
    }

    @Test
    void anotherInstanceOnTheSameFolderReusesTheKey() {
        String sealed = new KeyFileSecrets(keyFile()).seal(KEY);
        assertEquals(KEY, new KeyFileSecrets(keyFile()).open(sealed));
    }

    @Test
    void aKeyFileThatHoldsNoKeyFailsClearly() throws Exception {
        Files.createDirectories(keyFile().getParent());
        Files.writeString(keyFile(), "not a key\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new KeyFileSecrets(keyFile()).seal(KEY));
        assertTrue(e.getMessage().contains("256-bit"), e.getMessage());
    }
}
