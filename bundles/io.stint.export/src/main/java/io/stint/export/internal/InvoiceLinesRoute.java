package io.stint.export.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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

import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code POST /api/v1/export/invoice-lines}: ChronicleCore's invoice-lines route, answering the CSV
 * at once; it is the {@code invoice-lines} exporter, 404 while no such exporter is live.
 */
@Component(service = InvoiceLinesRoute.class)
@JakartarsResource
@JakartarsName("stint.export.invoice-lines")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("export")
public final class InvoiceLinesRoute {

    private final Runs runs;

    @Activate
    public InvoiceLinesRoute(@Reference Runs runs) {
        this.runs = runs;
    }

    @POST
    @Path("invoice-lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Scopes.WRITE_EXPORTS)
    public Response invoiceLines(JsonNode body, @Context SecurityContext sc) {
        return runs.run("invoice-lines", body, Caller.of(sc), true);
    }
}
