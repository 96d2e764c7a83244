package io.stint.compat.chronicle.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import io.stint.rest.api.ApiException;
import io.stint.security.api.Scopes;
import io.stint.tracking.api.Client;
import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.ClientQuery;
import io.stint.tracking.api.ClientService;

/** {@code /api/v1/clients}: Stint's clients, listed and created ({@code POST /clients/create}) as ChronicleCore does. */
@Component(service = ClientsResource.class)
@JakartarsResource
@JakartarsName("stint.chronicle.clients")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Path("api/v1/clients")
@Produces(MediaType.APPLICATION_JSON)
public final class ClientsResource {

    private final ClientService clients;

    @Activate
    public ClientsResource(@Reference ClientService clients) {
        this.clients = clients;
    }

    /** Active clients by name; {@code active_only=false} lists archived ones too. */
    @GET
    @RolesAllowed({ Scopes.READ_PROFILES, Scopes.READ_CLIENTS })
    public ArrayNode list(@QueryParam("active_only") String activeOnly) {
        ClientQuery query = new ClientQuery(null, "false".equals(activeOnly) ? null : Client.ACTIVE);
        return Params.array(Params.all((offset, limit) -> clients.list(query, offset, limit)).stream()
                .map(CatalogWire::client).toList());
    }

    @POST
    @Path("create")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Scopes.WRITE_PROFILES, Scopes.WRITE_CLIENTS })
    public Response create(JsonNode json) {
        String name = Body.of(json).trimmed("name");
        if (name == null) {
            throw ChronicleException.invalid("Client name is required");
        }
        try {
            return Response.status(Response.Status.CREATED).entity(CatalogWire.client(clients.create(ClientDraft.named(name))))
                    .build();
        } catch (ApiException e) {
            throw ChronicleErrors.translate(e, null, "Client name already exists");
        }
    }
}
