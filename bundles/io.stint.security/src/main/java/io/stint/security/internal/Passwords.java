package io.stint.security.internal;

import java.security.SecureRandom;

import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/** bcrypt password hashes ({@code $2b$...}); the password itself is never kept or logged. */
final class Passwords {

    static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; longer passwords would be silently truncated. */
    static final int MAX_LENGTH = 72;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int cost;

    Passwords(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("bcrypt cost must be within 4..31, not " + cost);
        }
        this.cost = cost;
    }

    String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return OpenBSDBCrypt.generate("2b", password.toCharArray(), salt, cost);
    }

    /** Whether {@code password} matches {@code hash}; false for a missing or malformed hash. */
    static boolean verify(String password, String hash) {
        if (password == null || hash == null || hash.isEmpty()) {
            return false;
        }
        try {
            return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
        } catch (IllegalArgumentException | org.bouncycastle.crypto.DataLengthException malformed) {
            return false;
        }
    }

    /** Null when acceptable, else why not. */
    static String problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "Shorter than minimum length " + MIN_LENGTH + ".";
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return "Longer than maximum length " + MAX_LENGTH + " bytes.";
        }
        return null;
    }
}
