package io.stint.security.internal;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;

/**
 * {@code /api/v1/auth/session}: the web UI's sign-in (a {@code stint_session} cookie and its csrf
 * token), the current session, and sign-out. The authentication filter checks the csrf token of
 * every change made with the cookie, sign-out included.
 */
@Component(service = SessionResource.class)
@JakartarsResource
@JakartarsName("stint.security.session")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("auth/session")
@Produces(MediaType.APPLICATION_JSON)
public final class SessionResource {

    private final BrowserSessions sessions;

    @Context
    private HttpServletRequest servlet;

    @Activate
    public SessionResource(@Reference BrowserSessions sessions) {
        this.sessions = sessions;
    }

    /** Open: there is no session yet. A page of another site may not sign a browser in (login CSRF). */
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(@Context SecurityContext security, @Context UriInfo uri, @HeaderParam("Origin") String origin,
            @HeaderParam("Host") String host, @CookieParam(SessionCookie.NAME) String previous, JsonNode body) {
        if (Origins.crossSite(origin, host, uri.getRequestUri())) {
            return Refusals.csrfFailed("A page of another site may not sign in here");
        }
        LoginInput input = LoginInput.read(body);
        try {
            BrowserSessions.Started started = sessions.signIn(input.username(), input.password(),
                    servlet == null ? "?" : servlet.getRemoteAddr(), previous);
            return Response.ok(started.body())
                    .header("Set-Cookie", SessionCookie.set(started.secret(), started.maxAgeSeconds(), security.isSecure()))
                    .build();
        } catch (Logins.Throttled throttled) {
            return Refusals.tooManyLogins(throttled.retryAfter);
        }
    }

    @GET
    public Map<String, Object> current(@Context SecurityContext security, @CookieParam(SessionCookie.NAME) String cookie) {
        return sessions.describe(Caller.of(security), cookie);
    }

    @DELETE
    public Response signOut(@Context SecurityContext security) {
        sessions.end(Caller.of(security));
        return Response.noContent().header("Set-Cookie", SessionCookie.clear(security.isSecure())).build();
    }
}
