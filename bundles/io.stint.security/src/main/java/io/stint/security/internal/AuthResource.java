package io.stint.security.internal;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.StintApi;

/** {@code POST /api/v1/auth/login}: username and password for a new API token. */
@Component(service = AuthResource.class)
@JakartarsResource
@JakartarsName("stint.security.auth")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("auth")
@Produces(MediaType.APPLICATION_JSON)
public final class AuthResource {

    private final Logins logins;

    @Context
    private HttpServletRequest servlet;

    @Activate
    public AuthResource(@Reference Logins logins) {
        this.logins = logins;
    }

    @POST
    @Path("login")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    public Response login(JsonNode body) {
        LoginInput input = LoginInput.read(body);
        try {
            String token = logins.login(input.username(), input.password(), servlet == null ? "?" : servlet.getRemoteAddr());
            return Response.ok(Map.of("token", token)).build();
        } catch (Logins.Throttled throttled) {
            return Refusals.tooManyLogins(throttled.retryAfter);
        }
    }
}
