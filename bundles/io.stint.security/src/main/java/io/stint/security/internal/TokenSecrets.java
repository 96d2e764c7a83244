package io.stint.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** API token secrets: {@code tt_} and 32 URL-safe random characters, stored only as SHA-256 and prefix. */
final class TokenSecrets {

    static final String PREFIX = "tt_";
    static final int RANDOM_LENGTH = 32;
    static final int PREFIX_LENGTH = 8;
    static final Pattern FORMAT = Pattern.compile("tt_[A-Za-z0-9_-]{32}");

    private static final char[] ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    static String generate() {
        StringBuilder token = new StringBuilder(PREFIX);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            token.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return token.toString();
    }

    static boolean wellFormed(String token) {
        return token != null && token.length() == PREFIX.length() + RANDOM_LENGTH && FORMAT.matcher(token).matches();
    }

    /** Lowercase hex SHA-256 of the token. */
    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }

    /** What is shown of a token after its creation: its first 8 characters. */
    static String prefix(String token) {
        return token.substring(0, PREFIX_LENGTH);
    }
}
