package io.stint.capture.activitywatch.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code POST /api/0/buckets/{id}/heartbeat?pulsetime=S}: answers the resulting event once it is on disk. */
@Component(service = HeartbeatResource.class)
@JakartarsResource
@JakartarsName("stint.activitywatch.heartbeat")
@JakartarsApplicationSelect(AwApplication.SELECT)
@Path("buckets/{id}/heartbeat")
@Produces(MediaType.APPLICATION_JSON)
public final class HeartbeatResource {

    private final AwService service;

    @Activate
    public HeartbeatResource(@Reference AwService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ObjectNode heartbeat(@Context SecurityContext security, @PathParam("id") String id,
            @QueryParam("pulsetime") String pulsetime, JsonNode body) {
        double pulse = Params.pulsetime(pulsetime);
        return AwJson.render(service.heartbeat(Params.user(security), id, AwJson.event(body), pulse));
    }
}
