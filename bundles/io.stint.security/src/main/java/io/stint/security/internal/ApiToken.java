package io.stint.security.internal;

import java.time.Instant;
import java.util.List;

/** A stored token: what is known of it besides the secret; {@code session} for a browser session's. */
record ApiToken(long id, long userId, String name, String prefix, List<String> scopes, Instant createdAt,
        Instant expiresAt, Instant lastUsedAt, Instant revokedAt, boolean session) {

    /** Neither revoked nor expired at {@code now}. */
    boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
