package io.stint.compat.chronicle.internal;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
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
 * Who calls the ChronicleCore API: a Stint token's user, or, without a token from loopback (with a
 * Host header naming this machine), the configured local user holding every scope these routes
 * need. Each resource method names its scopes with {@code @RolesAllowed} (any one suffices) or is
 * {@code @PermitAll}. No rate limit: ChronicleCore has none, and its UI polls.
 */
@Component(service = ContainerRequestFilter.class, scope = ServiceScope.PROTOTYPE,
        configurationPid = ChronicleConfig.PID, property = ChronicleApplication.AUTH_PROPERTY + ":Boolean=true")
@JakartarsExtension
@JakartarsName("stint.chronicle.auth")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Priority(Priorities.AUTHENTICATION)
public final class ChronicleAuthFilter implements ContainerRequestFilter {

    static final Set<String> LOCAL_SCOPES = Set.of(Scopes.READ_BLOCKS, Scopes.WRITE_BLOCKS, Scopes.READ_TRACKING,
            Scopes.WRITE_TRACKING, Scopes.READ_PROFILES, Scopes.WRITE_PROFILES, Scopes.READ_CLIENTS,
            Scopes.WRITE_CLIENTS, Scopes.READ_RULES, Scopes.WRITE_RULES);

    private final Authenticator authenticator;
    private final String localUser;

    @Context
    private HttpServletRequest servlet;

    @Context
    private ResourceInfo resource;

    @Activate
    public ChronicleAuthFilter(@Reference Authenticator authenticator, ChronicleConfig config) {
        this.authenticator = authenticator;
        this.localUser = config.local_user() == null || config.local_user().isBlank() ? null : config.local_user().strip();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            return;
        }
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(PermitAll.class)) {
            return;
        }
        String secret = authenticator.secretFrom(request.getHeaderString("Authorization"),
                request.getHeaderString("X-API-Key"));
        String host = request.getHeaderString("Host");
        Optional<Caller> caller;
        if (secret != null) {
            caller = authenticator.authenticate(secret);
            if (caller.isEmpty()) {
                request.abortWith(refuse(401, "The provided API token is invalid or expired"));
                return;
            }
        } else if (localUser != null && servlet != null && Loopback.isLoopback(servlet.getRemoteAddr())
                && Loopback.namesThisMachine(host)) {
            if (!ChronicleCors.trustedWithoutToken(request.getHeaderString("Origin"), host)) {
                request.abortWith(refuse(403, "Requests from other web pages need a Stint API token"));
                return;
            }
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
        List<String> scopes = scopes(method);
        if (!grants(caller.get(), scopes)) {
            request.abortWith(refuse(403, "Insufficient permissions: this needs the scope " + String.join(" or ", scopes)));
            return;
        }
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(caller.get(), secure));
    }

    /** The scopes a resource method accepts (any one of them); none: any authenticated caller. */
    static List<String> scopes(Method method) {
        RolesAllowed roles = method == null ? null : method.getAnnotation(RolesAllowed.class);
        return roles == null ? List.of() : List.of(roles.value());
    }

    static boolean grants(Caller caller, List<String> scopes) {
        return scopes.isEmpty() || scopes.stream().anyMatch(caller::has);
    }

    private static Response refuse(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ChronicleException(status, ChronicleErrors.code(status), message, null).body()).build();
    }
}
