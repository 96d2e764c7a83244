package io.stint.export.internal;

import java.nio.file.Files;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/exports}: the exporters live right now, running one, and export jobs. Running an
 * exporter also needs its data scope (e.g. {@code read:time_entries}).
 */
@Component(service = ExportsResource.class)
@JakartarsResource
@JakartarsName("stint.exports")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("exports")
@Produces(MediaType.APPLICATION_JSON)
public final class ExportsResource {

    private final ExporterRegistry registry;
    private final ExportJobs jobs;
    private final Runs runs;

    @Activate
    public ExportsResource(@Reference ExporterRegistry registry, @Reference ExportJobs jobs, @Reference Runs runs) {
        this.registry = registry;
        this.jobs = jobs;
        this.runs = runs;
    }

    @GET
    @RolesAllowed(Scopes.READ_EXPORTS)
    public Map<String, Object> list() {
        return Map.of("exporters", registry.all().stream().map(ExportWire::exporter).toList());
    }

    @GET
    @Path("jobs")
    @RolesAllowed(Scopes.READ_EXPORTS)
    public Map<String, Object> jobs(@Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        return Map.of("jobs", jobs.list(caller.userId()).stream().map(j -> ExportWire.job(j, caller.zone())).toList());
    }

    @GET
    @Path("jobs/{job}")
    @RolesAllowed(Scopes.READ_EXPORTS)
    public Map<String, Object> job(@PathParam("job") String id, @Context SecurityContext sc) {
        Caller caller = Caller.of(sc);
        return Map.of("job", ExportWire.job(job(id, caller), caller.zone()));
    }

    @GET
    @Path("jobs/{job}/file")
    @RolesAllowed(Scopes.READ_EXPORTS)
    @Produces(MediaType.WILDCARD)
    public Response file(@PathParam("job") String id, @Context SecurityContext sc) {
        ExportJob job = job(id, Caller.of(sc));
        if (!ExportJob.DONE.equals(job.state())) {
            throw ApiException.conflict("export_not_ready", "The export is " + job.state() + "; its file is not ready.");
        }
        StreamingOutput body = out -> Files.copy(job.file, out);
        return Response.ok(body, job.mediaType).header("Content-Disposition", ExportWire.disposition(job.fileName))
                .header("Content-Length", job.size()).build();
    }

    @DELETE
    @Path("jobs/{job}")
    @RolesAllowed(Scopes.WRITE_EXPORTS)
    public Map<String, Object> cancel(@PathParam("job") String id, @Context SecurityContext sc) {
        ExportJob job = job(id, Caller.of(sc));
        boolean running = !job.finished();
        jobs.remove(job);
        return Map.of("message", running ? "Export cancelled" : "Export deleted");
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_EXPORTS)
    public Map<String, Object> exporter(@PathParam("id") String id) {
        return Map.of("exporter", ExportWire.exporter(registry.entry(id).orElseThrow(() -> ApiException.notFound("Exporter")).exporter()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(Scopes.WRITE_EXPORTS)
    public Response run(@PathParam("id") String id, JsonNode body, @Context SecurityContext sc) {
        return runs.run(id, body, Caller.of(sc), false);
    }

    private ExportJob job(String id, Caller caller) {
        return jobs.find(id, caller.userId(), caller.isAdmin()).orElseThrow(() -> ApiException.notFound("Export job"));
    }
}
