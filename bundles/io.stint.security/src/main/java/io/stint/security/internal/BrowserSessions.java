package io.stint.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.security.api.Caller;

/**
 * Browser sessions: a password sign-in makes a session token (the {@code stint_session} cookie's
 * value, stored hashed like every token) with the user's full scopes; its csrf token is derived from
 * it. Signing out revokes it.
 */
@Component(service = BrowserSessions.class, configurationPid = SecurityConfig.PID)
public final class BrowserSessions {

    /** A session just begun: the cookie's value, its lifetime and the answer's body. */
    record Started(String secret, long maxAgeSeconds, Map<String, Object> body) {
    }

    /** Sessions that ended longer ago than this are deleted when their user signs in again. */
    static final Duration KEEP_ENDED = Duration.ofDays(1);

    private final Logins logins;
    private final TokenService tokens;
    private final UserService users;
    private final CsrfTokens csrf;
    private volatile Duration lifetime;

    @Activate
    public BrowserSessions(@Reference Logins logins, @Reference TokenService tokens, @Reference UserService users,
            @Reference CsrfTokens csrf, SecurityConfig config) {
        this(logins, tokens, users, csrf, config.session_hours());
    }

    BrowserSessions(Logins logins, TokenService tokens, UserService users, CsrfTokens csrf, int hours) {
        this.logins = logins;
        this.tokens = tokens;
        this.users = users;
        this.csrf = csrf;
        this.lifetime = Duration.ofHours(Math.max(1, hours));
    }

    @Modified
    void modified(SecurityConfig config) {
        lifetime = Duration.ofHours(Math.max(1, config.session_hours()));
    }

    /**
     * A new session for the user with this name and password; the browser's {@code previous} session,
     * if it sent one, ends. @throws ApiException 401 for a wrong name or password
     * @throws Logins.Throttled after too many failures, as for {@code /auth/login}
     */
    Started signIn(String username, String password, String address, String previous) {
        User user = logins.verify(username, password, address);
        Instant now = Instant.now();
        Instant expires = now.plus(lifetime);
        TokenService.Issued issued = tokens.createSession(user.id(), Logins.fullScopes(user), expires);
        end(previous);
        tokens.purgeSessions(user.id(), now.minus(KEEP_ENDED));
        return new Started(issued.secret(), Duration.between(now, expires).getSeconds(), body(user, issued.secret(), expires));
    }

    /**
     * The session the request of {@code caller} was authenticated with, {@code secret} being the
     * cookie it carried. @throws ApiException 401 when the request did not come with that session
     */
    Map<String, Object> describe(Caller caller, String secret) {
        TokenService.Authenticated known = secret == null ? null : tokens.check(secret);
        if (known == null || !known.session() || known.caller().tokenId() != caller.tokenId()) {
            throw noSession();
        }
        User user = users.get(caller.userId()).orElseThrow(BrowserSessions::noSession);
        return body(user, secret, known.expiresAt());
    }

    /** Ends the caller's session; a request made with an API token ends nothing. */
    void end(Caller caller) {
        tokens.revokeSession(caller.tokenId());
    }

    /** Ends the session whose secret is {@code secret}, if it is a live one. */
    void end(String secret) {
        TokenService.Authenticated known = secret == null ? null : tokens.check(secret);
        if (known != null && known.session()) {
            tokens.revokeSession(known.caller().tokenId());
        }
    }

    private Map<String, Object> body(User user, String secret, Instant expires) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", Views.user(user, user.zone()));
        body.put("csrf_token", csrf.of(secret));
        body.put("expires_at", Times.toWire(expires, user.zone()));
        return body;
    }

    private static ApiException noSession() {
        return new ApiException(401, "unauthorized", "No browser session",
                "This request did not come with a valid browser session; sign in", null);
    }
}
