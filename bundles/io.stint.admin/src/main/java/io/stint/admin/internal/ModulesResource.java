package io.stint.admin.internal;

import java.io.InputStream;
import java.net.URI;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import io.stint.rest.api.StintApi;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/admin/modules}: Stint's modules, and (when enabled) uploading, starting, stopping,
 * updating and removing them. Admins only; the list is readable while changes are disabled.
 */
@Component(service = ModulesResource.class)
@JakartarsResource
@JakartarsName("stint.admin.modules")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("admin/modules")
@Produces(MediaType.APPLICATION_JSON)
public final class ModulesResource {

    private final ModuleView view;
    private final ModuleManager manager;
    private final Uploads uploads;

    @Activate
    public ModulesResource(@Reference ModuleView view, @Reference ModuleManager manager, @Reference Uploads uploads) {
        this.view = view;
        this.manager = manager;
        this.uploads = uploads;
    }

    @GET
    @RolesAllowed(Scopes.ADMIN_ALL)
    public Map<String, Object> list() {
        return Map.of("modules", view.list(), "management_enabled", manager.enabled());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.ADMIN_ALL)
    public Map<String, Object> get(@PathParam("id") long id) {
        return Map.of("module", view.describe(view.find(id)));
    }

    // any content type matches, so that the scope check answers before the type check does
    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Scopes.ADMIN_ALL)
    public Response upload(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
        Map<String, Object> module = uploads.with(type, body, manager::install);
        return Response.created(URI.create("admin/modules/" + module.get("id"))).entity(Map.of("module", module)).build();
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed(Scopes.ADMIN_ALL)
    public Map<String, Object> start(@PathParam("id") long id) {
        return Map.of("module", manager.start(id));
    }

    @POST
    @Path("{id}/stop")
    @RolesAllowed(Scopes.ADMIN_ALL)
    public Map<String, Object> stop(@PathParam("id") long id) {
        return Map.of("module", manager.stop(id));
    }

    @POST
    @Path("{id}/update")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Scopes.ADMIN_ALL)
    public Map<String, Object> update(@PathParam("id") long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type,
            InputStream body) {
        return Map.of("module", uploads.with(type, body, jar -> manager.update(id, jar)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.ADMIN_ALL)
    public Map<String, Object> delete(@PathParam("id") long id) {
        manager.uninstall(id);
        return Map.of("message", "Module uninstalled");
    }
}
