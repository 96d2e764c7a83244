package io.stint.invoice.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

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
import io.stint.rest.api.Input;
import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/invoices}: TimeTracker's invoices, made from typed-in lines, time entries or
 * activity blocks. DELETE cancels. A regular user reaches only the invoices they made.
 */
@Component(service = InvoicesResource.class)
@JakartarsResource
@JakartarsName("stint.invoice.invoices")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("invoices")
@Produces(MediaType.APPLICATION_JSON)
public final class InvoicesResource {

    private final InvoiceService invoices;
    private final TimeBilling time;
    private final BlockBilling blocks;

    @Activate
    public InvoicesResource(@Reference InvoiceService invoices, @Reference TimeBilling time,
            @Reference BlockBilling blocks) {
        this.invoices = invoices;
        this.time = time;
        this.blocks = blocks;
    }

    @GET
    @RolesAllowed(Scopes.READ_INVOICES)
    public Map<String, Object> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("status") String status, @QueryParam("client_id") String clientId,
            @QueryParam("project_id") String projectId, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        PageRequest request = PageRequest.of(page, perPage);
        if (status != null && !status.isBlank() && !Statuses.ALL.contains(status.strip())) {
            throw ApiException.invalidField("status", "Must be one of: " + String.join(", ", Statuses.ALL) + ".");
        }
        InvoiceFilter filter = new InvoiceFilter(actor.admin() ? null : actor.userId(),
                status == null || status.isBlank() ? null : status.strip(), Fields.queryId(clientId, "client_id"),
                Fields.queryId(projectId, "project_id"), today(actor));
        return request.envelope("invoices", InvoiceWire.invoices(invoices.list(filter, request.offset(),
                request.perPage()), actor.zone(), today(actor)), invoices.count(filter));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Response create(JsonNode body, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        InvoiceInput.NewInvoice request = InvoiceInput.create(body);
        Invoice made = invoices.create(actor, request.header(),
                (c, t, none) -> ItemInput.lines(request.items(), "items", t.currency()));
        return created(actor, made);
    }

    @POST
    @Path("from-time-entries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Response fromTimeEntries(JsonNode body, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        BillingInput.FromTime request = BillingInput.fromTime(body);
        return created(actor, time.fromEntries(actor, request.header(), request.time()));
    }

    @POST
    @Path("from-blocks")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Response fromBlocks(JsonNode body, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        BillingInput.FromBlocks request = BillingInput.fromBlocks(body);
        return created(actor, blocks.fromBlocks(actor, request.header(), request.blocks()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_INVOICES)
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        return Map.of("invoice", detail(actor, Fields.pathId(id, "Invoice")));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Map<String, Object> replace(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        return update(id, body, sc);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Map<String, Object> update(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        long invoiceId = Fields.pathId(id, "Invoice");
        Invoice changed = invoices.update(actor, invoiceId, InvoiceInput.changes(body));
        return InvoiceWire.message("Invoice updated successfully", "invoice", detail(actor, changed.id()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Map<String, Object> cancel(@PathParam("id") String id, @Context SecurityContext sc) {
        invoices.update(Actor.of(Caller.of(sc)), Fields.pathId(id, "Invoice"), new InvoiceChanges(Statuses.CANCELLED,
                null, null, null, null, null, null, null, null, null));
        return Map.of("message", "Invoice cancelled successfully");
    }

    @PUT
    @Path("{id}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Map<String, Object> items(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        long invoiceId = Fields.pathId(id, "Invoice");
        Input in = Input.of(body, Set.of("items"));
        in.require("items");
        List<ItemInput> items = ItemInput.list(in, "items");
        in.validate();
        invoices.replaceItems(actor, invoiceId, (c, t, draft) -> ItemInput.lines(items, "items", t.currency()));
        return InvoiceWire.message("Invoice items updated successfully", "invoice", detail(actor, invoiceId));
    }

    @POST
    @Path("{id}/generate-from-time")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Map<String, Object> generate(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        long invoiceId = Fields.pathId(id, "Invoice");
        time.generate(actor, invoiceId, BillingInput.generate(body));
        return InvoiceWire.message("Time added to the invoice", "invoice", detail(actor, invoiceId));
    }

    private Response created(Actor actor, Invoice made) {
        return Response.status(Response.Status.CREATED)
                .entity(InvoiceWire.message("Invoice created successfully", "invoice", detail(actor, made.id()))).build();
    }

    private Map<String, Object> detail(Actor actor, long id) {
        return InvoiceWire.detail(invoices.view(actor, id), actor.zone(), today(actor));
    }

    private java.time.LocalDate today(Actor actor) {
        return actor.today(invoices.clock());
    }
}
