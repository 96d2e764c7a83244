package io.stint.invoice.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.invoice.api.InvoiceRenderer;
import io.stint.rest.api.ApiException;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code GET /api/v1/invoices/{id}/pdf}: the invoice rendered by the highest-ranked live
 * {@link InvoiceRenderer}; 503 {@code renderer_unavailable} while none runs.
 */
@Component(service = InvoicePdfResource.class)
@JakartarsResource
@JakartarsName("stint.invoice.pdf")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("invoices/{id}/pdf")
public final class InvoicePdfResource {

    private static final Logger LOG = LoggerFactory.getLogger(InvoicePdfResource.class);

    private final InvoiceService invoices;
    private final InvoiceSettings settings;

    /** Rebinds to a better-ranked renderer as it arrives; null while none runs. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile InvoiceRenderer renderer;

    @Activate
    public InvoicePdfResource(@Reference InvoiceService invoices, @Reference InvoiceSettings settings) {
        this.invoices = invoices;
        this.settings = settings;
    }

    /** For tests: the renderer DS would bind. */
    void bind(InvoiceRenderer chosen) {
        renderer = chosen;
    }

    @GET
    @Produces({"application/pdf", "application/json"})
    @RolesAllowed(Scopes.READ_INVOICES)
    public Response pdf(@PathParam("id") String id, @Context SecurityContext sc) {
        Actor actor = Actor.of(Caller.of(sc));
        InvoiceView view = invoices.view(actor, Fields.pathId(id, "Invoice"));
        InvoiceRenderer chosen = renderer;
        if (chosen == null) {
            throw unavailable("No invoice renderer is running: install or start the io.stint.invoice.pdf module");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            chosen.render(Documents.of(view, settings.issuer(), actor.today(invoices.clock())), out);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Rendering invoice {} failed", view.invoice().number(), e);
            throw unavailable("The invoice renderer failed: " + e.getMessage());
        }
        return Response.ok(out.toByteArray(), chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\""
                        + view.invoice().number().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"").build();
    }

    private static ApiException unavailable(String message) {
        return new ApiException(503, "renderer_unavailable", "Invoice renderer unavailable", message, null);
    }
}
