package io.stint.security.api;

import java.security.Principal;
import java.time.ZoneId;
import java.util.Set;

import jakarta.ws.rs.core.SecurityContext;

import io.stint.rest.api.ApiException;

/**
 * The authenticated user behind a request and the token they used.
 *
 * @param userId the user's id
 * @param username the user's login name
 * @param role {@code admin} or {@code user}
 * @param zone the user's time zone: day boundaries, and the naive local times of {@code /api/v1}
 * @param scopes the token's scopes, as granted (wildcards not expanded)
 * @param tokenId the id of the token the request carried
 */
public record Caller(long userId, String username, String role, ZoneId zone, Set<String> scopes, long tokenId)
        implements Principal {

    public static final String ROLE_ADMIN = "admin";
    public static final String ROLE_USER = "user";

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    /** The caller of the current request. */
    public static Caller of(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof Caller caller) {
            return caller;
        }
        throw new ApiException(401, "unauthorized", "Authentication required",
                "A valid API token is required", null);
    }

    @Override
    public String getName() {
        return username;
    }

    /** Whether the user has the admin role: they see and change every user's data. */
    public boolean isAdmin() {
        return ROLE_ADMIN.equals(role);
    }

    /** Whether the token grants {@code scope}, wildcards and {@code admin:all} included. */
    public boolean has(String scope) {
        return Scopes.grants(scopes, scope);
    }

    /**
     * The user whose data a request means: {@code requested} when given and allowed, otherwise the
     * caller. A non-admin asking for someone else's data gets a 404, as if it did not exist.
     */
    public long userOrSelf(Long requested) {
        if (requested == null || requested == userId) {
            return userId;
        }
        if (!isAdmin()) {
            throw ApiException.notFound("User");
        }
        return requested;
    }
}
