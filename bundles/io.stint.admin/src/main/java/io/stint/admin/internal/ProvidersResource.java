package io.stint.admin.internal;

import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.Input;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/admin/providers}: the live providers of each capability, and choosing the AI
 * provider or, among exporters sharing an id, the one used ({@code {"preferred": id, "bundle":
 * symbolic name}}). Admins only.
 */
@Component(service = ProvidersResource.class)
@JakartarsResource
@JakartarsName("stint.admin.providers")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("admin/providers")
@Produces(MediaType.APPLICATION_JSON)
public final class ProvidersResource {

    private final ProviderChoices choices;

    @Activate
    public ProvidersResource(@Reference ProviderChoices choices) {
        this.choices = choices;
    }

    @GET
    @RolesAllowed(Scopes.ADMIN_ALL)
    public Map<String, Object> all() {
        return Map.of("capabilities", choices.all());
    }

    @GET
    @Path("{capability}")
    @RolesAllowed(Scopes.ADMIN_ALL)
    public Map<String, Object> get(@PathParam("capability") String capability) {
        return choices.get(capability);
    }

    @PUT
    @Path("{capability}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.ADMIN_ALL)
    public Map<String, Object> prefer(@PathParam("capability") String capability, JsonNode body) {
        Input in = Input.of(body, Set.of("preferred", "bundle"));
        if (!in.has("preferred")) {
            in.error("preferred", "Missing data for required field.");
        }
        String preferred = in.string("preferred", 200);
        String bundle = in.string("bundle", 200);
        in.validate();
        return choices.prefer(capability, preferred, in.has("bundle"), bundle);
    }
}
