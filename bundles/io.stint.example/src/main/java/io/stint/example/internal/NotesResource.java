package io.stint.example.internal;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;

/** {@code /api/v1/example/notes}: exists exactly while this bundle is active. */
@Component(service = NotesResource.class)
@JakartarsResource
@JakartarsName("stint.example.notes")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("example/notes")
@Produces(MediaType.APPLICATION_JSON)
public final class NotesResource {

    /** The request body of a new note. */
    public record NewNote(String text) {
    }

    private final NoteService notes;

    @Activate
    public NotesResource(@Reference NoteService notes) {
        this.notes = notes;
    }

    @GET
    public Map<String, Object> list(@QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        PageRequest request = PageRequest.of(page, perPage);
        return request.envelope("notes", notes.list(request), notes.count());
    }

    @GET
    @Path("{id}")
    public Map<String, Object> get(@PathParam("id") String id) {
        return Map.of("note", notes.get(parseId(id)).orElseThrow(() -> ApiException.notFound("Note")));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewNote body) {
        if (body == null) {
            throw ApiException.validation(Map.of("_schema", List.of("A JSON object is required.")));
        }
        Note note = notes.create(body.text());
        return Response.status(Response.Status.CREATED).entity(Map.of("message", "Note created", "note", note)).build();
    }

    private static long parseId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("Note");
        }
    }
}
