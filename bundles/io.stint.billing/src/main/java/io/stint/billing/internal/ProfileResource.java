package io.stint.billing.internal;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import io.stint.billing.api.Profile;
import io.stint.billing.api.Profiles;
import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/** {@code /api/v1/profiles}: client + project + service + rate; DELETE soft-deletes, a deleted profile stays readable. */
@Component(service = ProfileResource.class)
@JakartarsResource
@JakartarsName("stint.billing.profiles")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("profiles")
@Produces(MediaType.APPLICATION_JSON)
public final class ProfileResource {

    private final Profiles profiles;

    @Activate
    public ProfileResource(@Reference Profiles profiles) {
        this.profiles = profiles;
    }

    @GET
    @RolesAllowed(Scopes.READ_PROFILES)
    public Map<String, Object> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("active_only") String activeOnly, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        PageRequest request = PageRequest.of(page, perPage);
        boolean active = BillingWire.activeOnly(activeOnly);
        return request.envelope("profiles", profiles.list(active, request.offset(), request.perPage()).stream()
                .map(p -> ProfileWire.toWire(p, caller.zone())).toList(), profiles.count(active));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_PROFILES)
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext sc) {
        Profile profile = profiles.find(BillingWire.id(id, "Profile")).orElseThrow(() -> ApiException.notFound("Profile"));
        return Map.of("profile", ProfileWire.toWire(profile, Caller.of(sc).zone()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Response create(JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        Profile profile = profiles.create(ProfileWire.draft(body));
        return BillingWire.created("Profile created successfully", "profile", ProfileWire.toWire(profile, caller.zone()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Map<String, Object> replace(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        return update(id, body, sc);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Map<String, Object> update(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        long profileId = BillingWire.id(id, "Profile");
        Profile profile = profiles.update(profileId, ProfileWire.changes(body));
        return BillingWire.message("Profile updated successfully", "profile", ProfileWire.toWire(profile, caller.zone()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Map<String, Object> delete(@PathParam("id") String id) {
        profiles.delete(BillingWire.id(id, "Profile"));
        return Map.of("message", "Profile deleted successfully");
    }
}
