package io.stint.tracking.internal;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

import io.stint.tracking.api.Task;
import io.stint.tracking.api.TaskQuery;
import io.stint.tracking.api.TaskService;

/** {@code /api/v1/tasks}: TimeTracker's tasks; DELETE deletes. */
@Component(service = TaskResource.class)
@JakartarsResource
@JakartarsName("stint.tracking.tasks")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
public final class TaskResource {

    private final TaskService tasks;

    @Activate
    public TaskResource(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    @GET
    @RolesAllowed(Scopes.READ_TASKS)
    public Map<String, Object> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("project_id") String projectId, @QueryParam("status") String status,
            @QueryParam("assigned_to") String assignedTo, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        PageRequest request = PageRequest.of(page, perPage);
        TaskQuery query = new TaskQuery(CatalogWire.queryId(projectId, "project_id"),
                CatalogWire.queryChoice(status, "status", Task.STATUSES), CatalogWire.queryId(assignedTo, "assigned_to"));
        return request.envelope("tasks", tasks.list(query, request.offset(), request.perPage()).stream()
                .map(t -> TaskWire.toWire(t, caller.zone())).toList(), tasks.count(query));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_TASKS)
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext sc) {
        Task task = tasks.find(CatalogWire.id(id, "Task")).orElseThrow(() -> ApiException.notFound("Task"));
        return Map.of("task", TaskWire.toWire(task, Caller.of(sc).zone()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_TASKS)
    public Response create(JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        Task task = tasks.create(caller.userId(), TaskWire.draft(body));
        return CatalogWire.created("Task created successfully", "task", TaskWire.toWire(task, caller.zone()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_TASKS)
    public Map<String, Object> replace(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        return update(id, body, sc);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_TASKS)
    public Map<String, Object> update(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        long taskId = CatalogWire.id(id, "Task");
        Task task = tasks.update(taskId, TaskWire.changes(body));
        return CatalogWire.message("Task updated successfully", "task", TaskWire.toWire(task, caller.zone()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_TASKS)
    public Map<String, Object> delete(@PathParam("id") String id) {
        tasks.delete(CatalogWire.id(id, "Task"));
        return Map.of("message", "Task deleted successfully");
    }
}
