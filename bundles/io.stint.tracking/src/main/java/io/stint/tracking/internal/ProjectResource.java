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
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectQuery;
import io.stint.tracking.api.ProjectService;

/**
 * {@code /api/v1/projects}: TimeTracker's projects; DELETE archives. As TimeTracker's, a list
 * without {@code status} shows active projects; {@code status=all} shows every one.
 */
@Component(service = ProjectResource.class)
@JakartarsResource
@JakartarsName("stint.tracking.projects")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
public final class ProjectResource {

    private final ProjectService projects;
    private final ProjectWire wire;

    @Activate
    public ProjectResource(@Reference ProjectService projects, @Reference CatalogSettings settings) {
        this.projects = projects;
        this.wire = new ProjectWire(settings.digits());
    }

    @GET
    @RolesAllowed(Scopes.READ_PROJECTS)
    public Map<String, Object> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage,
            @QueryParam("status") String status, @QueryParam("client_id") String clientId,
            @QueryParam("search") String search, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        PageRequest request = PageRequest.of(page, perPage);
        ProjectQuery query = new ProjectQuery(status(status), CatalogWire.queryId(clientId, "client_id"), search);
        return request.envelope("projects", projects.list(query, request.offset(), request.perPage()).stream()
                .map(p -> wire.toWire(p, caller.zone())).toList(), projects.count(query));
    }

    /** No status means active ones; {@code all} means every status. */
    private static String status(String raw) {
        if (raw == null || raw.isBlank()) {
            return Project.ACTIVE;
        }
        return "all".equals(raw.strip()) ? null : CatalogWire.queryChoice(raw, "status", ProjectServiceImpl.STATUSES);
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_PROJECTS)
    public Map<String, Object> get(@PathParam("id") String id, @Context SecurityContext sc) {
        Project project = projects.find(CatalogWire.id(id, "Project")).orElseThrow(() -> ApiException.notFound("Project"));
        return Map.of("project", wire.toWire(project, Caller.of(sc).zone()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROJECTS)
    public Response create(JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        Project project = projects.create(wire.draft(body));
        return CatalogWire.created("Project created successfully", "project", wire.toWire(project, caller.zone()));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROJECTS)
    public Map<String, Object> replace(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        return update(id, body, sc);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_PROJECTS)
    public Map<String, Object> update(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        long projectId = CatalogWire.id(id, "Project");
        Project project = projects.update(projectId, wire.changes(body));
        return CatalogWire.message("Project updated successfully", "project", wire.toWire(project, caller.zone()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_PROJECTS)
    public Map<String, Object> archive(@PathParam("id") String id) {
        projects.archive(CatalogWire.id(id, "Project"));
        return Map.of("message", "Project archived successfully");
    }
}
