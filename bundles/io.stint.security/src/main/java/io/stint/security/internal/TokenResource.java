package io.stint.security.internal;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/** {@code /api/v1/tokens}: the caller's API tokens (an admin's: anyone's). */
@Component(service = TokenResource.class)
@JakartarsResource
@JakartarsName("stint.security.tokens")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public final class TokenResource {

    private final TokenAccess tokens;

    @Activate
    public TokenResource(@Reference TokenAccess tokens) {
        this.tokens = tokens;
    }

    @GET
    @RolesAllowed(Scopes.READ_USERS)
    public Map<String, Object> list(@Context SecurityContext security, @QueryParam("user_id") String userId,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        return tokens.list(Caller.of(security), userId, PageRequest.of(page, perPage));
    }

    @POST
    @RolesAllowed(Scopes.WRITE_USERS)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, JsonNode body) {
        return Response.status(Response.Status.CREATED).entity(tokens.create(Caller.of(security), body)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_USERS)
    public Map<String, Object> get(@Context SecurityContext security, @PathParam("id") String id) {
        return tokens.get(Caller.of(security), Ids.parse(id, "API token"));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_USERS)
    public Map<String, Object> revoke(@Context SecurityContext security, @PathParam("id") String id) {
        return tokens.revoke(Caller.of(security), Ids.parse(id, "API token"));
    }
}
