package io.stint.security.api;

import java.security.Principal;

import jakarta.ws.rs.core.SecurityContext;

/**
 * The security context of an authenticated request: its principal is the {@link Caller}. An
 * application with its own authentication filter sets it, so resources read the caller with
 * {@link Caller#of}.
 */
public record CallerContext(Caller caller, boolean secure) implements SecurityContext {

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    /** A "role" here is a scope, as {@code @RolesAllowed} names scopes; {@code admin} and {@code user} also answer. */
    @Override
    public boolean isUserInRole(String role) {
        return caller.has(role) || caller.role().equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
