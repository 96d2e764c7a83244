package io.stint.activity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import io.stint.activity.api.TrackingStatus;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/tracking}: the caller's capture state. {@code start} only from STOPPED, {@code pause}
 * only from ACTIVE, {@code resume} only from PAUSED (else 400 {@code invalid_state}); {@code stop} always.
 */
@Component(service = TrackingResource.class)
@JakartarsResource
@JakartarsName("stint.activity.tracking")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("tracking")
@Produces(MediaType.APPLICATION_JSON)
public final class TrackingResource {

    private final TrackingControl tracking;
    private final SourceBinder sources;

    @Activate
    public TrackingResource(@Reference TrackingControl tracking, @Reference SourceBinder sources) {
        this.tracking = tracking;
        this.sources = sources;
    }

    @GET
    @Path("status")
    @RolesAllowed(Scopes.READ_TRACKING)
    public Map<String, Object> status(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return wire(caller, tracking.status(caller.userId()));
    }

    @POST
    @Path("start")
    @RolesAllowed(Scopes.WRITE_TRACKING)
    public Map<String, Object> start(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return wire(caller, tracking.start(caller.userId()));
    }

    @POST
    @Path("pause")
    @RolesAllowed(Scopes.WRITE_TRACKING)
    public Map<String, Object> pause(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return wire(caller, tracking.pause(caller.userId()));
    }

    @POST
    @Path("resume")
    @RolesAllowed(Scopes.WRITE_TRACKING)
    public Map<String, Object> resume(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return wire(caller, tracking.resume(caller.userId()));
    }

    @POST
    @Path("stop")
    @RolesAllowed(Scopes.WRITE_TRACKING)
    public Map<String, Object> stop(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return wire(caller, tracking.stop(caller.userId()));
    }

    private Map<String, Object> wire(Caller caller, TrackingStatus status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("state", status.state());
        body.put("last_active_at", ActivityWire.local(status.lastActiveAt(), caller.zone()));
        body.put("idle_seconds", status.idleSeconds());
        Map<String, Object> window = null;
        if (status.app() != null || status.title() != null) {
            window = new LinkedHashMap<>();
            window.put("app_name", status.app());
            window.put("title", status.title());
        }
        body.put("current_window", window);
        List<Map<String, Object>> live = new ArrayList<>();
        for (SourceBinder.Live source : sources.live()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", source.id());
            m.put("available", source.available());
            m.put("open", source.open());
            live.add(m);
        }
        body.put("sources", live);
        return body;
    }
}
