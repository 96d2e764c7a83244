package io.stint.tracking.internal;

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

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;
import io.stint.tracking.api.Client;
import io.stint.tracking.api.ClientQuery;
import io.stint.tracking.api.ClientService;

/** {@code /api/v1/clients}: TimeTracker's clients; DELETE archives. */
@Component(service = ClientResource.class)
@JakartarsResource
@JakartarsName("stint.tracking.clients")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
public final class ClientResource {

    private final ClientService clients;
    private final ClientWire wire;

    @Activate
    public ClientResource(@Reference ClientService clients, @Reference CatalogSettings settings) {
        this.clients = clients;
        this.wire = new ClientWire(settings.digits());
    }

    @GET
    @RolesAllowed(Scopes.READ_CLIENTS)
    public Map<String, Object> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("search") String search, @QueryParam("status") String status, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        PageRequest request = PageRequest.of(page, perPage);
        ClientQuery query = new ClientQuery(search, CatalogWire.queryChoice(status, "status", ClientServiceImpl.STATUSES));
        return request.envelope("clients", clients.list(query, request.offset(), request.perPage()).stream()
                .map(c -> wire.toWire(c, caller.zone())).toList(), clients.count(query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_CLIENTS)
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext sc) {
        Client client = clients.find(CatalogWire.id(id, "Client")).orElseThrow(() -> ApiException.notFound("Client"));
        return Map.of("client", wire.toWire(client, Caller.of(sc).zone()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_CLIENTS)
    public Response create(JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        Client client = clients.create(wire.draft(body));
        return CatalogWire.created("Client created successfully", "client", wire.toWire(client, caller.zone()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_CLIENTS)
    public Map<String, Object> replace(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        return update(id, body, sc);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_CLIENTS)
    public Map<String, Object> update(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        long clientId = CatalogWire.id(id, "Client");
        Client client = clients.update(clientId, wire.changes(body));
        return CatalogWire.message("Client updated successfully", "client", wire.toWire(client, caller.zone()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_CLIENTS)
    public Map<String, Object> archive(@PathParam("id") String id) {
        clients.archive(CatalogWire.id(id, "Client"));
        return Map.of("message", "Client archived successfully");
    }
}
