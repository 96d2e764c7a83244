package io.stint.ai.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

import io.stint.rest.api.StintApi;
import io.stint.security.api.Caller;
import io.stint.security.api.ScopeRefusal;
import io.stint.security.api.Scopes;

/** {@code /api/v1/ai}: the live providers, the context the helper sends, chat, and confirming an action. */
@Component(service = AiResource.class)
@JakartarsResource
@JakartarsName("stint.ai.assistant")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("ai")
@Produces(MediaType.APPLICATION_JSON)
public final class AiResource {

    private final ProviderChoice providers;
    private final ContextBuilder context;
    private final ChatService chat;
    private final ActionRunner actions;

    @Activate
    public AiResource(@Reference ProviderChoice providers, @Reference ContextBuilder context,
            @Reference ChatService chat, @Reference ActionRunner actions) {
        this.providers = providers;
        this.context = context;
        this.chat = chat;
        this.actions = actions;
    }

    @GET
    @Path("providers")
    @RolesAllowed(Scopes.READ_AI)
    public Map<String, Object> providers() {
        List<ProviderChoice.Live> live = providers.live();
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            ProviderChoice.Live l = live.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.provider().id());
            m.put("model", l.provider().model());
            m.put("local", l.provider().local());
            m.put("ranking", l.ranking());
            m.put("in_use", i == 0);
            list.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("providers", list);
        out.put("in_use", live.isEmpty() ? null : live.get(0).provider().id());
        return out;
    }

    @GET
    @Path("context-preview")
    @RolesAllowed(Scopes.READ_AI)
    public Map<String, Object> contextPreview(@Context SecurityContext security) {
        return context.build(Caller.of(security));
    }

    @POST
    @Path("chat")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_AI)
    public Map<String, Object> chat(@Context SecurityContext security, JsonNode body) {
        return chat.chat(Caller.of(security), body);
    }

    /** Runs one action a person confirmed; it needs the scope the action's own endpoint needs, too. */
    @POST
    @Path("actions/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_AI)
    public Response confirm(@Context SecurityContext security, JsonNode body) {
        Caller caller = Caller.of(security);
        JsonNode action = ActionRunner.action(body);
        Response refused = ScopeRefusal.unless(caller, ActionRunner.scope(action));
        return refused != null ? refused : Response.ok(actions.confirm(caller, action)).build();
    }
}
