package io.stint.compat.chronicle.internal;

import java.io.BufferedOutputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.export.api.Export;
import io.stint.export.api.ExportException;
import io.stint.export.api.ExportProgress;
import io.stint.export.api.ExportRequest;
import io.stint.export.api.Exporter;
import io.stint.export.api.Exporters;
import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code POST /api/v1/export/invoice-lines}: ChronicleCore's invoice-lines CSV, made by Stint's
 * {@code invoice-lines} exporter, the one Stint's export registry picks; 404 while there is none. ChronicleCore's request
 * ({@code start_date}, {@code end_date}, {@code profile_ids}, {@code rounding_minutes},
 * {@code minimum_billable_minutes}) and Stint's rounding options are accepted.
 */
@Component(service = ExportResource.class)
@JakartarsResource
@JakartarsName("stint.chronicle.export")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Path("api/v1/export")
public final class ExportResource {

    static final String INVOICE_LINES = "invoice-lines";

    /** The export module's registry: it picks the exporter every route uses for an id. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Exporters exporters;

    @POST
    @Path("invoice-lines")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Scopes.READ_BLOCKS)
    public Response invoiceLines(JsonNode body, @Context SecurityContext sc) {
        Exporters live = exporters;
        Exporter exporter = (live == null ? java.util.Optional.<Exporter>empty() : live.exporter(INVOICE_LINES))
                .orElseThrow(() -> ChronicleException.notFound("Not found"));
        Caller caller = Caller.of(sc);
        if (!caller.has(exporter.scope())) {
            throw new ChronicleException(403, "FORBIDDEN", "Insufficient permissions: this needs the scope " + exporter.scope(),
                    null);
        }
        Export export;
        try {
            export = exporter.prepare(new ExportRequest(caller.userId(), caller.isAdmin(), caller.zone(), Input.scalars(body)));
        } catch (ExportException e) {
            throw ChronicleException.invalid(e.getMessage());
        } catch (ApiException e) {
            throw ChronicleErrors.of(e);
        }
        StreamingOutput csv = out -> {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            export.writeTo(buffered, ExportProgress.NONE);
            buffered.flush();
        };
        return Response.ok(csv, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
    }
}
