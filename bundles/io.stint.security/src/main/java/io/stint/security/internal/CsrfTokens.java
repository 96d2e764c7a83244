package io.stint.security.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A browser session's csrf token: HMAC-SHA256 of the session's secret under a key of this
 * installation, base64url. Derived, never stored, so it lives exactly as long as its session.
 */
@Component(service = CsrfTokens.class)
public final class CsrfTokens {

    static final String PURPOSE = "csrf token";
    private static final String HMAC = "HmacSHA256";

    private final Supplier<byte[]> keySource;
    private volatile SecretKeySpec key;

    @Activate
    public CsrfTokens(@Reference KeyFileSecrets secrets) {
        this(() -> secrets.derive(PURPOSE));
    }

    /** Over the key {@code keySource} gives on first use (the key file is made only when a session needs it). */
    CsrfTokens(Supplier<byte[]> keySource) {
        this.keySource = keySource;
    }

    /** The csrf token of the session whose secret is {@code sessionSecret}. */
    String of(String sessionSecret) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key());
            byte[] digest = mac.doFinal(sessionSecret.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is required of every Java runtime", e);
        }
    }

    /** Whether {@code presented} is the session's csrf token; compared in constant time. */
    boolean matches(String sessionSecret, String presented) {
        if (sessionSecret == null || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(of(sessionSecret).getBytes(StandardCharsets.US_ASCII),
                presented.strip().getBytes(StandardCharsets.UTF_8));
    }

    private SecretKeySpec key() {
        SecretKeySpec k = key;
        if (k == null) {
            k = new SecretKeySpec(keySource.get(), HMAC);
            key = k;
        }
        return k;
    }
}
