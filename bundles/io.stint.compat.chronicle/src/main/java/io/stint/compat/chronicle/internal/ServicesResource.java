package io.stint.compat.chronicle.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import io.stint.billing.api.ServiceDraft;
import io.stint.billing.api.Services;
import io.stint.rest.api.ApiException;
import io.stint.security.api.Scopes;

/** {@code /api/v1/services}: the active services, and {@code POST /services/create}. */
@Component(service = ServicesResource.class)
@JakartarsResource
@JakartarsName("stint.chronicle.services")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Path("api/v1/services")
@Produces(MediaType.APPLICATION_JSON)
public final class ServicesResource {

    private final Services services;

    @Activate
    public ServicesResource(@Reference Services services) {
        this.services = services;
    }

    @GET
    @RolesAllowed(Scopes.READ_PROFILES)
    public ArrayNode list() {
        return Params.array(Params.all((offset, limit) -> services.list(true, offset, limit)).stream()
                .map(CatalogWire::service).toList());
    }

    @POST
    @Path("create")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Response create(JsonNode json) {
        String name = Body.of(json).trimmed("name");
        if (name == null) {
            throw ChronicleException.invalid("Service name is required");
        }
        try {
            return Response.status(Response.Status.CREATED)
                    .entity(CatalogWire.service(services.create(new ServiceDraft(name, true)))).build();
        } catch (ApiException e) {
            throw ChronicleErrors.translate(e, null, "Service name already exists");
        }
    }
}
