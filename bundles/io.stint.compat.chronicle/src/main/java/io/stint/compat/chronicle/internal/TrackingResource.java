package io.stint.compat.chronicle.internal;

import java.util.function.LongFunction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.activity.api.Tracking;
import io.stint.activity.api.TrackingStatus;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/tracking}: the caller's capture state. {@code start} only from STOPPED, {@code pause}
 * only from ACTIVE, {@code resume} only from PAUSED (else 400); {@code stop} always.
 */
@Component(service = TrackingResource.class)
@JakartarsResource
@JakartarsName("stint.chronicle.tracking")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Path("api/v1/tracking")
@Produces(MediaType.APPLICATION_JSON)
public final class TrackingResource {

    private final Tracking tracking;

    @Activate
    public TrackingResource(@Reference Tracking tracking) {
        this.tracking = tracking;
    }

    @GET
    @Path("status")
    @RolesAllowed(Scopes.READ_TRACKING)
    public ObjectNode status(@Context SecurityContext security) {
        return call(security, tracking::status);
    }

    @POST
    @Path("start")
    @RolesAllowed(Scopes.WRITE_TRACKING)
    public ObjectNode start(@Context SecurityContext security) {
        return call(security, tracking::start);
    }

    @POST
    @Path("pause")
    @RolesAllowed(Scopes.WRITE_TRACKING)
    public ObjectNode pause(@Context SecurityContext security) {
        return call(security, tracking::pause);
    }

    @POST
    @Path("resume")
    @RolesAllowed(Scopes.WRITE_TRACKING)
    public ObjectNode resume(@Context SecurityContext security) {
        return call(security, tracking::resume);
    }

    @POST
    @Path("stop")
    @RolesAllowed(Scopes.WRITE_TRACKING)
    public ObjectNode stop(@Context SecurityContext security) {
        return call(security, tracking::stop);
    }

    private static ObjectNode call(SecurityContext security, LongFunction<TrackingStatus> move) {
        // Stint's 400 for a move not allowed reaches the client through the error mapper
        return TrackingWire.status(move.apply(Caller.of(security).userId()));
    }
}
