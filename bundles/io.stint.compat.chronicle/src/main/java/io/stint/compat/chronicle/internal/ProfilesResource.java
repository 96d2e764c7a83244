package io.stint.compat.chronicle.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.billing.api.ProfileDraft;
import io.stint.billing.api.Profiles;
import io.stint.rest.api.ApiException;
import io.stint.security.api.Scopes;

/** {@code /api/v1/profiles}: the active billing profiles, {@code POST} to create, {@code DELETE /{id}} to retire one. */
@Component(service = ProfilesResource.class)
@JakartarsResource
@JakartarsName("stint.chronicle.profiles")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Path("api/v1/profiles")
@Produces(MediaType.APPLICATION_JSON)
public final class ProfilesResource {

    private final Profiles profiles;

    @Activate
    public ProfilesResource(@Reference Profiles profiles) {
        this.profiles = profiles;
    }

    @GET
    @RolesAllowed(Scopes.READ_PROFILES)
    public ArrayNode list() {
        return Params.array(Params.all((offset, limit) -> profiles.list(true, offset, limit)).stream()
                .map(CatalogWire::profile).toList());
    }

    /** {@code {client_id, project_id?, service_id, rate_id, name?}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Response create(JsonNode json) {
        Body body = Body.of(json);
        Long client = body.integer("client_id");
        Long service = body.integer("service_id");
        Long rate = body.integer("rate_id");
        if (client == null || client <= 0 || service == null || service <= 0 || rate == null || rate <= 0) {
            throw ChronicleException.invalid("client_id, service_id, and rate_id are required");
        }
        Long project = body.integer("project_id");
        ProfileDraft draft = new ProfileDraft(client, project == null || project == 0 ? null : project, service, rate,
                body.trimmed("name"));
        return Response.status(Response.Status.CREATED).entity(CatalogWire.profile(profiles.create(draft))).build();
    }

    /** Soft-deletes the profile: 200 {@code {"success": true}}, as ChronicleCore answers. */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public ObjectNode delete(@PathParam("id") String id) {
        long profileId = Params.id(id, "profile_id");
        try {
            profiles.delete(profileId);
        } catch (ApiException e) {
            throw ChronicleErrors.translate(e, "Profile not found", null);
        }
        return Params.success();
    }
}
