package io.stint.invoice.internal;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

/** {@code /api/v1/invoices/{id}/payments}: the payments of one invoice. */
@Component(service = InvoicePaymentsResource.class)
@JakartarsResource
@JakartarsName("stint.invoice.invoice-payments")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("invoices/{id}/payments")
@Produces(MediaType.APPLICATION_JSON)
public final class InvoicePaymentsResource {

    private final PaymentService payments;
    private final InvoiceService invoices;

    @Activate
    public InvoicePaymentsResource(@Reference PaymentService payments, @Reference InvoiceService invoices) {
        this.payments = payments;
        this.invoices = invoices;
    }

    @GET
    @RolesAllowed(Scopes.READ_INVOICES)
    public Map<String, Object> list(@PathParam("id") String id, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        InvoiceView view = invoices.view(actor, Fields.pathId(id, "Invoice"));
        String currency = view.invoice().currency();
        return Map.of("payments", view.payments().stream().map(p -> InvoiceWire.payment(p, currency, actor.zone())).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Response create(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        long invoiceId = Fields.pathId(id, "Invoice");
        Payment made = payments.add(actor, invoiceId, PaymentInput.create(body));
        return PaymentsResource.created(actor, made, invoices.view(actor, invoiceId).invoice(),
                actor.today(invoices.clock()));
    }

    @DELETE
    @Path("{paymentId}")
    @RolesAllowed(Scopes.WRITE_INVOICES)
    public Map<String, Object> delete(@PathParam("id") String id, @PathParam("paymentId") String paymentId,
            @Context SecurityContext sc) {
        payments.delete(Actor.of(Caller.of(sc)), Fields.pathId(paymentId, "Payment"), Fields.pathId(id, "Invoice"));
        return Map.of("message", "Payment deleted successfully");
    }
}
