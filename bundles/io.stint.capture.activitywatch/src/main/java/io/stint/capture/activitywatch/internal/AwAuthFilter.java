package io.stint.capture.activitywatch.internal;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import io.stint.security.api.Authenticator;
import io.stint.security.api.Caller;
import io.stint.security.api.CallerContext;
import io.stint.security.api.Loopback;
import io.stint.security.api.Scopes;

/**
 * Who calls {@code /api/0}: a Stint token's user, or, without a token from loopback, the configured
 * local user. Reads need {@code read:tracking}, writes {@code write:tracking}. No rate limit: every
 * watcher sends a heartbeat a second.
 */
@Component(service = ContainerRequestFilter.class, scope = ServiceScope.PROTOTYPE, configurationPid = AwConfig.PID,
        property = AwApplication.AUTH_PROPERTY + ":Boolean=true")
@JakartarsExtension
@JakartarsName("stint.activitywatch.auth")
@JakartarsApplicationSelect(AwApplication.SELECT)
@Priority(Priorities.AUTHENTICATION)
public final class AwAuthFilter implements ContainerRequestFilter {

    static final Set<String> LOCAL_SCOPES = Set.of(Scopes.READ_TRACKING, Scopes.WRITE_TRACKING);

    private final Authenticator authenticator;
    private final String localUser;

    @Context
    private HttpServletRequest servlet;

    @Activate
    public AwAuthFilter(@Reference Authenticator authenticator, AwConfig config) {
        this.authenticator = authenticator;
        this.localUser = config.local_user() == null || config.local_user().isBlank() ? null : config.local_user().trim();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        String secret = authenticator.secretFrom(request.getHeaderString("Authorization"),
                request.getHeaderString("X-API-Key"));
        Optional<Caller> caller;
        if (secret != null) {
            caller = authenticator.authenticate(secret);
            if (caller.isEmpty()) {
                request.abortWith(refuse(401, "The provided API token is invalid or expired"));
                return;
            }
        } else if (localUser != null && servlet != null && Loopback.isLoopback(servlet.getRemoteAddr())
                && Loopback.namesThisMachine(request.getHeaderString("Host"))) {
            caller = authenticator.local(localUser, LOCAL_SCOPES);
            if (caller.isEmpty()) {
                request.abortWith(refuse(401, "Authentication required: the local user is not an active account"));
                return;
            }
        } else {
            request.abortWith(refuse(401, "Authentication required: send a Stint API token"
                    + " in the Authorization header (Bearer) or X-API-Key"));
            return;
        }
        String scope = requiredScope(request.getMethod(), request.getUriInfo().getPath());
        if (!caller.get().has(scope)) {
            request.abortWith(refuse(403, "Insufficient permissions: this needs the scope " + scope));
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(caller.get(), secure));
    }

    /** Reads (and queries, which only read) need {@code read:tracking}; everything else {@code write:tracking}. */
    static String requiredScope(String method, String path) {
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)
                || path.equals("query") || path.equals("query/") || path.endsWith("/query") || path.endsWith("/query/");
        return read ? Scopes.READ_TRACKING : Scopes.WRITE_TRACKING;
    }

    private static Response refuse(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(AwErrorMapper.message(message)).build();
    }
}
