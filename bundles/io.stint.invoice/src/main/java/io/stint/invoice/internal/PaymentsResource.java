package io.stint.invoice.internal;

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

import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/payments}: TimeTracker's payment routes across invoices. Stint guards them with the
 * invoice scopes: payments are part of invoicing here.
 */
@Component(service = PaymentsResource.class)
@JakartarsResource
@JakartarsName("stint.invoice.payments")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("payments")
@Produces(MediaType.APPLICATION_JSON)
public final class PaymentsResource {

    private final PaymentService payments;
    private final InvoiceService invoices;

    @Activate
    public PaymentsResource(@Reference PaymentService payments, @Reference InvoiceService invoices) {
        this.payments = payments;
        this.invoices = invoices;
    }

    @GET
    @RolesAllowed(Scopes.READ_INVOICES)
    public Map<String, Object> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("invoice_id") String invoiceId, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        PageRequest request = PageRequest.of(page, perPage);
        Long invoice = Fields.queryId(invoiceId, "invoice_id");
        return request.envelope("payments", payments.list(actor, invoice, request.offset(), request.perPage()).stream()
                .map(p -> InvoiceWire.payment(p, payments.currency(actor, p), actor.zone())).toList(),
                payments.count(actor, invoice));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_INVOICES)
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        Payment p = payments.get(actor, Fields.pathId(id, "Payment"), null);
        return Map.of("payment", InvoiceWire.payment(p, payments.currency(actor, p), actor.zone()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Response create(JsonNode body, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        PaymentInput.ForInvoice request = PaymentInput.createFor(body);
        Payment made = payments.add(actor, request.invoiceId(), request.payment());
        return created(actor, made, invoices.view(actor, request.invoiceId()).invoice(), actor.today(invoices.clock()));
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
        Payment p = payments.update(actor, Fields.pathId(id, "Payment"), PaymentInput.change(body));
        return InvoiceWire.message("Payment updated successfully", "payment",
                InvoiceWire.payment(p, payments.currency(actor, p), actor.zone()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Map<String, Object> delete(@PathParam("id") String id, @Context SecurityContext sc) {
        payments.delete(Actor.of(Caller.of(sc)), Fields.pathId(id, "Payment"), null);
        return Map.of("message", "Payment deleted successfully");
    }

    /** 201 with the payment and the invoice as it stands after it. */
    static Response created(Actor actor, Payment made, Invoice invoice, java.time.LocalDate today) {
        Map<String, Object> body = InvoiceWire.message("Payment created successfully", "payment",
                InvoiceWire.payment(made, invoice.currency(), actor.zone()));
        body.put("invoice", InvoiceWire.invoice(invoice, actor.zone(), today));
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
