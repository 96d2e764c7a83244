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

import io.stint.billing.api.Service;
import io.stint.billing.api.Services;
import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/** {@code /api/v1/services}: what work is billed as; DELETE deactivates. */
@Component(service = ServiceResource.class)
@JakartarsResource
@JakartarsName("stint.billing.services")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
public final class ServiceResource {

    private final Services services;

    @Activate
    public ServiceResource(@Reference Services services) {
        this.services = services;
    }

    @GET
    @RolesAllowed(Scopes.READ_PROFILES)
    public Map<String, Object> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("active_only") String activeOnly, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        PageRequest request = PageRequest.of(page, perPage);
        boolean active = BillingWire.activeOnly(activeOnly);
        return request.envelope("services", services.list(active, request.offset(), request.perPage()).stream()
                .map(s -> ServiceWire.toWire(s, caller.zone())).toList(), services.count(active));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_PROFILES)
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext sc) {
        Service service = services.find(BillingWire.id(id, "Service")).orElseThrow(() -> ApiException.notFound("Service"));
        return Map.of("service", ServiceWire.toWire(service, Caller.of(sc).zone()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Response create(JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        Service service = services.create(ServiceWire.draft(body));
        return BillingWire.created("Service created successfully", "service", ServiceWire.toWire(service, caller.zone()));
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
        long serviceId = BillingWire.id(id, "Service");
        Service service = services.update(serviceId, ServiceWire.changes(body));
        return BillingWire.message("Service updated successfully", "service", ServiceWire.toWire(service, caller.zone()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_PROFILES)
    public Map<String, Object> delete(@PathParam("id") String id) {
        services.delete(BillingWire.id(id, "Service"));
        return Map.of("message", "Service deactivated successfully");
    }
}
