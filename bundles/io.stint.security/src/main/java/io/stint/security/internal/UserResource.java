package io.stint.security.internal;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** {@code /api/v1/users}: the caller ({@code me}), and for admins every user. */
@Component(service = UserResource.class)
@JakartarsResource
@JakartarsName("stint.security.users")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public final class UserResource {

    private final UserAccess users;

    @Activate
    public UserResource(@Reference UserAccess users) {
        this.users = users;
    }

    /** Any valid token: clients read their own user and settings with whatever scopes they hold. */
    @GET
    @Path("me")
    public Map<String, Object> me(@Context SecurityContext security) {
        return users.me(Caller.of(security));
    }

    @GET
    @RolesAllowed(Scopes.READ_USERS)
    public Map<String, Object> list(@Context SecurityContext security, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage) {
        return users.list(Caller.of(security), PageRequest.of(page, perPage));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_USERS)
    public Map<String, Object> get(@Context SecurityContext security, @PathParam("id") String id) {
        return users.get(Caller.of(security), Ids.parse(id, "User"));
    }

    @POST
    @RolesAllowed(Scopes.WRITE_USERS)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, JsonNode body) {
        return Response.status(Response.Status.CREATED).entity(users.create(Caller.of(security), body)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_USERS)
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> replace(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        return users.update(Caller.of(security), Ids.parse(id, "User"), body);
    }

    @PATCH
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_USERS)
    @Consumes(MediaType.APPLICATION_JSON)
    public Map<String, Object> update(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        return users.update(Caller.of(security), Ids.parse(id, "User"), body);
    }
}
