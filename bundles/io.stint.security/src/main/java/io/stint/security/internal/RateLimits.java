package io.stint.security.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** The shared counters: requests per API token, per browser session, and failed logins per username and address. */
@Component(service = RateLimits.class, configurationPid = SecurityConfig.PID)
@Designate(ocd = SecurityConfig.class)
public final class RateLimits {

    private final RateLimiter tokens;
    private final RateLimiter sessions;
    private final RateLimiter logins;

    @Activate
    public RateLimits(SecurityConfig config) {
        tokens = new RateLimiter(config.rate_per_minute(), config.rate_per_hour());
        sessions = new RateLimiter(config.session_requests_per_minute(), config.session_requests_per_hour());
        logins = new RateLimiter(config.login_attempts_per_minute(), Integer.MAX_VALUE);
    }

    /** Limits change in place, so the authentication filter (and with it /api/v1) stays up. */
    @Modified
    void modified(SecurityConfig config) {
        tokens.limits(config.rate_per_minute(), config.rate_per_hour());
        sessions.limits(config.session_requests_per_minute(), config.session_requests_per_hour());
        logins.limits(config.login_attempts_per_minute(), Integer.MAX_VALUE);
    }

    RateLimiter tokens() {
        return tokens;
    }

    /** Browser sessions count apart from API tokens: a page issues several requests at once. */
    RateLimiter sessions() {
        return sessions;
    }

    RateLimiter logins() {
        return logins;
    }
}
