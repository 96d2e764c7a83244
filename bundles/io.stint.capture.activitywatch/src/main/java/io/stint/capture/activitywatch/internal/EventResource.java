package io.stint.capture.activitywatch.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /api/0/buckets/{id}/events}: list (newest first), insert, count, get and delete one. */
@Component(service = EventResource.class)
@JakartarsResource
@JakartarsName("stint.activitywatch.events")
@JakartarsApplicationSelect(AwApplication.SELECT)
@Path("buckets/{id}/events")
@Produces(MediaType.APPLICATION_JSON)
public final class EventResource {

    private final AwService service;

    @Activate
    public EventResource(@Reference AwService service) {
        this.service = service;
    }

    /** {@code start}/{@code end} as aw-server-rust names them, {@code starttime}/{@code endtime} as aw-client 0.3 sends them. */
    @GET
    public ArrayNode list(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("start") String start, @QueryParam("end") String end, @QueryParam("starttime") String starttime,
            @QueryParam("endtime") String endtime, @QueryParam("limit") String limit) {
        return AwJson.render(service.events(Params.user(security), id, Params.time("start", start, starttime),
                Params.time("end", end, endtime), Params.limit(limit)));
    }

    /** One event or an array; answers the stored events with their ids. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ArrayNode insert(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        return AwJson.render(service.insert(Params.user(security), id, AwJson.events(body)));
    }

    @GET
    @Path("count")
    public long count(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("start") String start, @QueryParam("end") String end, @QueryParam("starttime") String starttime,
            @QueryParam("endtime") String endtime) {
        return service.count(Params.user(security), id, Params.time("start", start, starttime),
                Params.time("end", end, endtime));
    }

    @GET
    @Path("{eventId}")
    public ObjectNode get(@Context SecurityContext security, @PathParam("id") String id,
            @PathParam("eventId") String eventId) {
        return AwJson.render(service.event(Params.user(security), id, Params.eventId(eventId)));
    }

    @DELETE
    @Path("{eventId}")
    public Response delete(@Context SecurityContext security, @PathParam("id") String id,
            @PathParam("eventId") String eventId) {
        service.deleteEvent(Params.user(security), id, Params.eventId(eventId));
        return Response.ok().build();
    }
}
