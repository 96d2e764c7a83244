package io.stint.capture.activitywatch.internal;

import jakarta.ws.rs.GET;
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

/** {@code GET /api/0/export}: all of the caller's buckets with their events. */
@Component(service = ExportResource.class)
@JakartarsResource
@JakartarsName("stint.activitywatch.export")
@JakartarsApplicationSelect(AwApplication.SELECT)
@Path("export")
@Produces(MediaType.APPLICATION_JSON)
public final class ExportResource {

    private final Exports exports;

    @Activate
    public ExportResource(@Reference AwService service) {
        this.exports = new Exports(service);
    }

    @GET
    public Response export(@Context SecurityContext security) {
        return Exports.attachment(exports.export(Params.user(security), null), "aw-buckets-export.json");
    }
}
