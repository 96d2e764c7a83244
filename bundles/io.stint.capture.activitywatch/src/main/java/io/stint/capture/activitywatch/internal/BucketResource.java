package io.stint.capture.activitywatch.internal;

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
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /api/0/buckets}: list, get, create (304 when it exists), delete, export one. */
@Component(service = BucketResource.class)
@JakartarsResource
@JakartarsName("stint.activitywatch.buckets")
@JakartarsApplicationSelect(AwApplication.SELECT)
@Path("buckets")
@Produces(MediaType.APPLICATION_JSON)
public final class BucketResource {

    private final AwService service;
    private final Exports exports;

    @Activate
    public BucketResource(@Reference AwService service) {
        this.service = service;
        this.exports = new Exports(service);
    }

    /** An object keyed by bucket id. */
    @GET
    public ObjectNode list(@Context SecurityContext security) {
        ObjectNode all = AwJson.MAPPER.createObjectNode();
        service.buckets(Params.user(security)).forEach(b -> all.set(b.id(), AwJson.render(b)));
        return all;
    }

    @GET
    @Path("{id}")
    public ObjectNode get(@Context SecurityContext security, @PathParam("id") String id) {
        return AwJson.render(service.bucket(Params.user(security), id));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        boolean created = service.create(Params.user(security), AwJson.newBucket(id, body));
        return created ? Response.ok().build() : Response.notModified().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@Context SecurityContext security, @PathParam("id") String id) {
        service.delete(Params.user(security), id);
        return Response.ok().build();
    }

    @GET
    @Path("{id}/export")
    public Response export(@Context SecurityContext security, @PathParam("id") String id) {
        return Exports.attachment(exports.export(Params.user(security), id), "aw-bucket-export_" + id + ".json");
    }
}
