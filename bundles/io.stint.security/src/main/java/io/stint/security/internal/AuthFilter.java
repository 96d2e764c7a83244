package io.stint.security.internal;

import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.CallerContext;

/**
 * Authenticates every matched request of {@code /api/v1} and enforces its method's scope before the
 * body is read; counts it against the token's rate limits and reports them in headers. Carries
 * {@code stint.auth=true}, which the application requires: without this filter, no {@code /api/v1}.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class }, scope = ServiceScope.PROTOTYPE,
        property = AuthFilter.AUTH_PROPERTY + ":Boolean=true")
@JakartarsExtension
@JakartarsName("stint.auth")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Priority(Priorities.AUTHENTICATION)
public final class AuthFilter implements ContainerRequestFilter, ContainerResponseFilter {

    static final String AUTH_PROPERTY = "stint.auth";
    private static final String DECISION = AuthFilter.class.getName() + ".decision";

    private final TokenService tokens;
    private final RateLimits limits;

    @Context
    private ResourceInfo resource;

    @Activate
    public AuthFilter(@Reference TokenService tokens, @Reference RateLimits limits) {
        this.tokens = tokens;
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        Rule rule = Rule.of(resource == null ? null : resource.getResourceClass(),
                resource == null ? null : resource.getResourceMethod());
        if (rule.permitAll()) {
            return;
        }
        String secret = Credentials.from(request.getHeaderString("Authorization"), request.getHeaderString("X-API-Key"));
        if (secret == null) {
            request.abortWith(Refusals.unauthorized("Authentication required",
                    "API token must be provided in Authorization header or X-API-Key header"));
            return;
        }
        Caller caller = tokens.authenticate(secret);
        if (caller == null) {
            request.abortWith(Refusals.unauthorized("Invalid token", "The provided API token is invalid or expired"));
            return;
        }
        RateLimiter.Decision decision = limits.tokens().acquire(caller.tokenId(), Instant.now().getEpochSecond());
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            request.abortWith(Refusals.rateLimited(decision));
            return;
        }
        if (!rule.grants(caller)) {
            request.abortWith(Refusals.forbidden(rule.scopes().get(0), caller));
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(caller, secure));
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision d) {
            MultivaluedMap<String, Object> headers = response.getHeaders();
            headers.putSingle("X-RateLimit-Limit", d.limitPerMinute());
            headers.putSingle("X-RateLimit-Remaining", d.remainingPerMinute());
            headers.putSingle("X-RateLimit-Reset", d.resetEpochSecond());
        }
    }
}
