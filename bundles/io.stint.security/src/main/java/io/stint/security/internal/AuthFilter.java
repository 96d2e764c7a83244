package io.stint.security.internal;

import java.time.Instant;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

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
 * A request without token headers may come with a browser session's cookie; a change made with it
 * must carry the session's csrf token and must not come from a page of another site.
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
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    static final String CSRF_HEADER = "X-CSRF-Token";

    private final TokenService tokens;
    private final RateLimits limits;
    private final CsrfTokens csrf;

    @Context
    private ResourceInfo resource;

    @Activate
    public AuthFilter(@Reference TokenService tokens, @Reference RateLimits limits, @Reference CsrfTokens csrf) {
        this.tokens = tokens;
        this.limits = limits;
        this.csrf = csrf;
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
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        String secret = Credentials.from(request.getHeaderString("Authorization"), request.getHeaderString("X-API-Key"));
        boolean byCookie = false;
        if (secret == null) {
            secret = sessionCookie(request);
            byCookie = secret != null;
        }
        if (secret == null) {
            request.abortWith(Refusals.unauthorized("Authentication required",
                    "API token must be provided in Authorization header or X-API-Key header"));
            return;
        }
        TokenService.Authenticated known = tokens.check(secret);
        if (byCookie && (known == null || !known.session())) {
            request.abortWith(Response.fromResponse(Refusals.unauthorized("Invalid session",
                    "The browser session is invalid or expired; sign in again"))
                    .header("Set-Cookie", SessionCookie.clear(secure)).build());
            return;
        }
        if (known == null) {
            request.abortWith(Refusals.unauthorized("Invalid token", "The provided API token is invalid or expired"));
            return;
        }
        if (byCookie && !SAFE.contains(request.getMethod())) {
            Response refused = csrfRefusal(request, secret);
            if (refused != null) {
                request.abortWith(refused);
                return;
            }
        }
        Caller caller = known.caller();
        RateLimiter limiter = known.session() ? limits.sessions() : limits.tokens();
        RateLimiter.Decision decision = limiter.acquire(caller.tokenId(), Instant.now().getEpochSecond());
        request.setProperty(DECISION, decision);
        if (!decision.allowed()) {
            request.abortWith(Refusals.rateLimited(decision));
            return;
        }
        if (!rule.grants(caller)) {
            request.abortWith(Refusals.forbidden(rule.scopes().get(0), caller));
            return;
        }
        request.setSecurityContext(new CallerContext(caller, secure));
    }

    /** Token headers win: the cookie counts only when a request carries none. */
    private static String sessionCookie(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(SessionCookie.NAME);
        return cookie == null || cookie.getValue() == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }

    /** Why a change made with the session cookie is refused, or null: it came from another site or without the csrf token. */
    private Response csrfRefusal(ContainerRequestContext request, String secret) {
        if (Origins.crossSite(request.getHeaderString("Origin"), request.getHeaderString("Host"),
                request.getUriInfo().getRequestUri())) {
            return Refusals.csrfFailed("A page of another site may not make changes with this browser session");
        }
        if (!csrf.matches(secret, request.getHeaderString(CSRF_HEADER))) {
            return Refusals.csrfFailed("Changes made with a browser session need its csrf token in the "
                    + CSRF_HEADER + " header");
        }
        return null;
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
