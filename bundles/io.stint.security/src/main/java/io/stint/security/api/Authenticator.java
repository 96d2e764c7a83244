package io.stint.security.api;

import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Authentication for APIs outside {@code /api/v1} that carry their own filters (the ActivityWatch
 * API at {@code /api/0}, the ChronicleCore API): a token's caller, or the local owner of a
 * single-user installation. Rate limits are the caller's to apply.
 */
@ProviderType
public interface Authenticator {

    /**
     * The caller an API token secret stands for; empty when the secret is malformed, unknown,
     * revoked or expired, or its user is inactive.
     */
    Optional<Caller> authenticate(String secret);

    /**
     * The secret an {@code Authorization} ({@code Bearer}/{@code Token}) or {@code X-API-Key} header
     * carries, with {@code /api/v1}'s precedence; null when neither carries one.
     */
    String secretFrom(String authorizationHeader, String apiKeyHeader);

    /**
     * A caller for the active user {@code username} holding {@code scopes}, without a token
     * ({@link Caller#tokenId()} 0): for loopback clients of a single-user installation.
     */
    Optional<Caller> local(String username, Set<String> scopes);
}
