package io.stint.tracking.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;
import io.stint.security.api.UserDirectory;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryPage;

/** {@code /api/v1/time-entries}: TimeTracker's time entry resource. */
@Component(service = TimeEntriesResource.class)
@JakartarsResource
@JakartarsName("stint.tracking.time-entries")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("time-entries")
@Produces(MediaType.APPLICATION_JSON)
public final class TimeEntriesResource {

    static final String CREATE_OPERATION = "time_entries.create";

    private final TimeEntryServiceImpl entries;
    private final IdempotencyService idempotency;
    private final UserDirectory users;
    private final Clock clock;

    @Activate
    public TimeEntriesResource(@Reference TimeEntryServiceImpl entries, @Reference IdempotencyService idempotency,
            @Reference UserDirectory users) {
        this(entries, idempotency, users, Clock.systemUTC());
    }

    TimeEntriesResource(TimeEntryServiceImpl entries, IdempotencyService idempotency, UserDirectory users, Clock clock) {
        this.entries = entries;
        this.idempotency = idempotency;
        this.users = users;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Scopes.READ_TIME_ENTRIES)
    public Map<String, Object> list(@Context SecurityContext security, @QueryParam("project_id") String projectId,
            @QueryParam("user_id") String userId, @QueryParam("start_date") String startDate,
            @QueryParam("end_date") String endDate, @QueryParam("billable") String billable,
            @QueryParam("include_active") String includeActive, @QueryParam("page") String page,
            @QueryParam("per_page") String perPage) {
        Caller caller = Caller.of(security);
        PageRequest request = PageRequest.of(page, perPage);
        TimeEntryPage result = entries.list(access(caller), TimeEntryParams.query(caller, projectId, userId,
                startDate, endDate, billable, includeActive, request));
        Map<Long, String> names = TimeEntryWire.names(users, result.entries());
        Instant now = clock.instant();
        List<TimeEntryJson> items = new ArrayList<>(result.entries().size());
        for (TimeEntry e : result.entries()) {
            items.add(new TimeEntryJson(e, caller.zone(), now, names.get(e.userId())));
        }
        return request.envelope("time_entries", items, result.total());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_TIME_ENTRIES)
    public Map<String, Object> get(@Context SecurityContext security, @PathParam("id") String id) {
        Caller caller = Caller.of(security);
        TimeEntry e = entries.find(access(caller), parseId(id)).orElseThrow(TimeEntriesResource::notFound);
        return Map.of("time_entry", wire(e, caller));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_TIME_ENTRIES)
    public Response create(@Context SecurityContext security, @HeaderParam("Idempotency-Key") String key,
            JsonNode body) {
        Caller caller = Caller.of(security);
        IdempotencyService.Stored answer = idempotency.once(caller.tokenId(), CREATE_OPERATION, key, () -> {
            TimeEntry created = entries.create(access(caller), TimeEntryInput.draft(body, caller));
            return new IdempotencyService.Stored(201,
                    TimeEntryWire.json(message("Time entry created successfully", "time_entry", wire(created, caller))));
        });
        return Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(answer.body()).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_TIME_ENTRIES)
    public Map<String, Object> replace(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        return update(security, id, body);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_TIME_ENTRIES)
    public Map<String, Object> update(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        Caller caller = Caller.of(security);
        long entryId = parseId(id);
        TimeEntry e = entries.update(access(caller), entryId, TimeEntryInput.changes(body, caller))
                .orElseThrow(TimeEntriesResource::notFound);
        return message("Time entry updated successfully", "time_entry", wire(e, caller));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_TIME_ENTRIES)
    public Map<String, Object> delete(@Context SecurityContext security, @PathParam("id") String id) {
        if (!entries.delete(access(Caller.of(security)), parseId(id))) {
            throw notFound();
        }
        return Map.of("message", "Time entry deleted successfully");
    }

    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_TIME_ENTRIES)
    public Map<String, Object> bulk(@Context SecurityContext security, JsonNode body) {
        Caller caller = Caller.of(security);
        TimeEntryBulkInput in = TimeEntryBulkInput.of(body);
        int affected = entries.bulk(access(caller), in.ids(), in.action(), in.value());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("success", true);
        answer.put("affected", affected);
        return answer;
    }

    private Map<String, Object> wire(TimeEntry e, Caller caller) {
        String name = users.find(e.userId()).map(u -> u.displayName()).orElse(null);
        return TimeEntryWire.of(e, caller.zone(), clock.instant(), name);
    }

    static Map<String, Object> message(String message, String key, Object value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        body.put(key, value);
        return body;
    }

    static TimeAccess access(Caller caller) {
        return new TimeAccess(caller.userId(), caller.isAdmin());
    }

    private static ApiException notFound() {
        return ApiException.notFound("Time entry");
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw notFound();
        }
    }
}
