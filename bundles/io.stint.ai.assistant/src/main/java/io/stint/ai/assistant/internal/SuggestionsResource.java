package io.stint.ai.assistant.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;
import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.ScopeRefusal;
import io.stint.security.api.Scopes;

/** {@code /api/v1/ai/suggestions}: the helper's block suggestions, and a person's decision on each. */
@Component(service = SuggestionsResource.class)
@JakartarsResource
@JakartarsName("stint.ai.suggestions")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("ai/suggestions")
@Produces(MediaType.APPLICATION_JSON)
public final class SuggestionsResource {

    private final SuggestionService suggestions;

    @Activate
    public SuggestionsResource(@Reference SuggestionService suggestions) {
        this.suggestions = suggestions;
    }

    @POST
    @Path("run")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_AI)
    public Map<String, Object> run(@Context SecurityContext security, JsonNode body) {
        JsonNode object = body == null || body.isMissingNode() ? JsonNodeFactory.instance.objectNode() : body;
        Input in = Input.of(object, Set.of("date"));
        LocalDate date = in.parsed("date", LocalDate::parse, "Invalid date format (use YYYY-MM-DD)");
        in.validate();
        return suggestions.run(Caller.of(security), date);
    }

    @GET
    @RolesAllowed(Scopes.READ_AI)
    public Map<String, Object> list(@Context SecurityContext security, @QueryParam("date") String date,
            @QueryParam("status") String status) {
        LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.invalidField("date", "Invalid date format (use YYYY-MM-DD)");
            }
        }
        String wanted = status == null || status.isBlank() ? null : status.strip();
        return Map.of("suggestions", suggestions.list(Caller.of(security), day, wanted));
    }

    /** Applies the suggestion to its block as the caller: needs {@code write:blocks} besides {@code write:ai}. */
    @POST
    @Path("{id}/accept")
    @RolesAllowed(Scopes.WRITE_AI)
    public Response accept(@Context SecurityContext security, @PathParam("id") String id) {
        Caller caller = Caller.of(security);
        Response refused = ScopeRefusal.unless(caller, Scopes.WRITE_BLOCKS);
        return refused != null ? refused : Response.ok(suggestions.accept(caller, id(id))).build();
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed(Scopes.WRITE_AI)
    public Map<String, Object> reject(@Context SecurityContext security, @PathParam("id") String id) {
        return suggestions.reject(Caller.of(security), id(id));
    }

    private static long id(String text) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // a path that is not an id names no suggestion
        }
        throw ApiException.notFound("Suggestion");
    }
}
