package io.stint.tracking.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.stint.rest.api.Input;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;
import io.stint.security.api.UserDirectory;
import io.stint.security.api.UserSummary;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimerAlreadyRunningException;

/** {@code /api/v1/timer}: the caller's own timer. */
@Component(service = TimerResource.class)
@JakartarsResource
@JakartarsName("stint.tracking.timer")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("timer")
@Produces(MediaType.APPLICATION_JSON)
public final class TimerResource {

    private final TimerServiceImpl timer;
    private final UserDirectory users;
    private final Clock clock;

    @Activate
    public TimerResource(@Reference TimerServiceImpl timer, @Reference UserDirectory users) {
        this(timer, users, Clock.systemUTC());
    }

    TimerResource(TimerServiceImpl timer, UserDirectory users, Clock clock) {
        this.timer = timer;
        this.users = users;
        this.clock = clock;
    }

    @GET
    @Path("status")
    @RolesAllowed(Scopes.READ_TIME_ENTRIES)
    public Map<String, Object> status(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        Map<String, Object> body = new LinkedHashMap<>();
        Map<String, Object> running = timer.running(caller.userId()).map(e -> wire(e, caller)).orElse(null);
        body.put("active", running != null);
        body.put("timer", running);
        return body;
    }

    @POST
    @Path("start")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_TIME_ENTRIES)
    public Response start(@Context SecurityContext security, JsonNode body) {
        Caller caller = Caller.of(security);
        // no body at all reads as an empty object: the missing project_id is the error
        JsonNode object = body == null || body.isMissingNode() ? JsonNodeFactory.instance.objectNode() : body;
        Input in = Input.of(object, java.util.Set.of("project_id", "task_id", "notes", "template_id"));
        in.require("project_id");
        Long project = in.integer("project_id");
        Long task = in.integer("task_id");
        String notes = in.string("notes", 4000);
        in.validate();
        try {
            TimeEntry started = timer.start(caller.userId(), project, task, notes);
            return Response.status(201)
                    .entity(TimeEntriesResource.message("Timer started successfully", "timer", wire(started, caller)))
                    .build();
        } catch (TimerAlreadyRunningException e) {
            TimeEntry running = e.running() != null ? e.running() : timer.running(caller.userId()).orElse(null);
            Map<String, Object> conflict = new LinkedHashMap<>();
            conflict.put("success", false);
            conflict.put("error", "Timer is already running");
            conflict.put("message", "Timer is already running");
            conflict.put("error_code", "timer_already_running");
            conflict.put("timer", running == null ? null : wire(running, caller));
            return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE).entity(conflict).build();
        }
    }

    @POST
    @Path("pause")
    @RolesAllowed(Scopes.WRITE_TIME_ENTRIES)
    public Map<String, Object> pause(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return TimeEntriesResource.message("Timer paused", "time_entry", wire(timer.pause(caller.userId()), caller));
    }

    @POST
    @Path("resume")
    @RolesAllowed(Scopes.WRITE_TIME_ENTRIES)
    public Map<String, Object> resume(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return TimeEntriesResource.message("Timer resumed", "time_entry", wire(timer.resume(caller.userId()), caller));
    }

    @POST
    @Path("stop")
    @RolesAllowed(Scopes.WRITE_TIME_ENTRIES)
    public Map<String, Object> stop(@Context SecurityContext security) {
        Caller caller = Caller.of(security);
        return TimeEntriesResource.message("Timer stopped successfully", "time_entry",
                wire(timer.stop(caller.userId()), caller));
    }

    private Map<String, Object> wire(TimeEntry e, Caller caller) {
        String name = users.find(e.userId()).map(UserSummary::displayName).orElse(null);
        return TimeEntryWire.of(e, caller.zone(), clock.instant(), name);
    }
}
