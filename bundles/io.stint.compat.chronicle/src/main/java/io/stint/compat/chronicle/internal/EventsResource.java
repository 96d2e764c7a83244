package io.stint.compat.chronicle.internal;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code POST /api/v1/events/ingest}: ChronicleCore's browser extension reports a page,
 * {@code {url, title, domain, tab_id, event_type, timestamp, duration_ms}}; 200
 * {@code {"success": true, "event_id"}}.
 */
@Component(service = EventsResource.class)
@JakartarsResource
@JakartarsName("stint.chronicle.events")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Path("api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
public final class EventsResource {

    static final String BROWSER = "Browser";

    private final ExtensionFeed feed;

    @Activate
    public EventsResource(@Reference ExtensionFeed feed) {
        this.feed = feed;
    }

    @POST
    @Path("ingest")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_TRACKING)
    public ObjectNode ingest(@Context SecurityContext security, JsonNode json) {
        ExtensionFeed.PageView page = page(Body.of(json));
        long id = feed.record(Caller.of(security).userId(), page);
        return ChronicleJson.MAPPER.createObjectNode().put("success", true).put("event_id", id);
    }

    /** The page a report names; an unreadable timestamp means now, as ChronicleCore reads it. */
    static ExtensionFeed.PageView page(Body body) {
        String url = body.text("url");
        String type = body.text("event_type");
        if (url == null || url.isEmpty() || type == null || type.isEmpty()) {
            throw ChronicleException.invalid("url and event_type are required");
        }
        body.integer("tab_id");
        Instant at = Dates.instant(body.text("timestamp"));
        String title = body.trimmed("title");
        String browser = body.trimmed("browser");
        return new ExtensionFeed.PageView(at == null ? Instant.now() : at, body.integer("duration_ms"),
                browser == null ? BROWSER : browser, title == null ? body.trimmed("description") : title, url,
                body.text("domain"));
    }
}
