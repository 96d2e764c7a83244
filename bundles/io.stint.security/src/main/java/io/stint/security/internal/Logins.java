package io.stint.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.security.api.Scopes;

/** Password login: a new token with the user's full scopes; failed attempts are throttled per name and address. */
@Component(service = Logins.class, configurationPid = SecurityConfig.PID)
public final class Logins {

    /** Too many failed logins; retry after the given seconds. */
    static final class Throttled extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final long retryAfter;

        Throttled(long retryAfter) {
            super("too many login attempts", null, false, false);
            this.retryAfter = retryAfter;
        }
    }

    private final UserService users;
    private final TokenService tokens;
    private final RateLimits limits;
    private volatile Duration lifetime;

    @Activate
    public Logins(@Reference UserService users, @Reference TokenService tokens, @Reference RateLimits limits,
            SecurityConfig config) {
        this(users, tokens, limits, config.login_token_hours());
    }

    Logins(UserService users, TokenService tokens, RateLimits limits, int hours) {
        this.users = users;
        this.tokens = tokens;
        this.limits = limits;
        this.lifetime = Duration.ofHours(Math.max(1, hours));
    }

    @Modified
    void modified(SecurityConfig config) {
        lifetime = Duration.ofHours(Math.max(1, config.login_token_hours()));
    }

    /**
     * The secret of a new login token. @throws ApiException 401 for a wrong name or password
     * @throws Throttled after too many failures from this address for this name within a minute
     */
    String login(String username, String password, String address) {
        User user = verify(username, password, address);
        return tokens.create(user.id(), "login", fullScopes(user), Instant.now().plus(lifetime)).secret();
    }

    /**
     * The active user with this name and password; failures count against the name and address.
     * @throws ApiException 401 for a wrong name or password
     * @throws Throttled after too many failures from this address for this name within a minute
     */
    User verify(String username, String password, String address) {
        String key = (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "\n" + address;
        long now = Instant.now().getEpochSecond();
        if (limits.logins().exhausted(key, now)) {
            throw new Throttled(RateLimiter.untilNextMinute(now));
        }
        User user = users.login(username, password).orElse(null);
        if (user == null) {
            limits.logins().acquire(key, now);
            throw new ApiException(401, "unauthorized", "Invalid credentials", "Invalid username or password", null);
        }
        return user;
    }

    /** Everything a user's role allows: {@code admin:all} for admins, every read and write scope otherwise. */
    static List<String> fullScopes(User user) {
        if (user.isAdmin()) {
            return List.of(Scopes.ADMIN_ALL);
        }
        List<String> scopes = new ArrayList<>();
        for (String resource : Scopes.RESOURCES) {
            scopes.add("read:" + resource);
            scopes.add("write:" + resource);
        }
        return scopes;
    }
}
