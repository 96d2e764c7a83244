package io.stint.capture.activitywatch.internal;

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

/** {@code POST /api/0/import}: buckets with their events, all stored or none; an existing bucket id is refused. */
@Component(service = ImportResource.class)
@JakartarsResource
@JakartarsName("stint.activitywatch.import")
@JakartarsApplicationSelect(AwApplication.SELECT)
@Path("import")
@Produces(MediaType.APPLICATION_JSON)
public final class ImportResource {

    private final Exports exports;

    @Activate
    public ImportResource(@Reference AwService service) {
        this.exports = new Exports(service);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importBuckets(@Context SecurityContext security, JsonNode body) {
        exports.importAll(Params.user(security), body);
        return Response.ok().build();
    }
}
