package io.stint.rules.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

import io.stint.activity.api.Reclassification;
import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;
import io.stint.rest.api.PageRequest;
import io.stint.rest.api.StintApi;
import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import io.stint.rules.api.RuleDraft;
import io.stint.rules.api.RuleJob;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/rules}: list, get, create, partial update, delete; {@code preview} (what a rule
 * would change, before it is saved), {@code apply} (re-run over stored blocks) and {@code jobs/{id}}.
 */
@Component(service = RulesResource.class)
@JakartarsResource
@JakartarsName("stint.rules")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("rules")
@Produces(MediaType.APPLICATION_JSON)
public final class RulesResource {

    static final Set<String> FIELDS = Set.of("name", "priority", "match_type", "match_value", "target_profile_id",
            "target_service_id", "confidence_boost", "enabled");
    private static final int MAX_PREVIEW = 500;

    private final RuleService rules;

    @Activate
    public RulesResource(@Reference RuleService rules) {
        this.rules = rules;
    }

    /** {@code enabled=false} lists every rule; otherwise only enabled ones (as ChronicleCore's API does). */
    @GET
    @RolesAllowed(Scopes.READ_RULES)
    public Map<String, Object> list(@Context SecurityContext security, @QueryParam("enabled") String enabled,
            @QueryParam("page") String page, @QueryParam("per_page") String perPage) {
        Caller caller = Caller.of(security);
        PageRequest request = PageRequest.of(page, perPage);
        List<Rule> all = rules.list(!"false".equalsIgnoreCase(enabled == null ? "" : enabled.strip()));
        List<Map<String, Object>> items = new ArrayList<>();
        int from = (int) Math.min(all.size(), request.offset());
        for (Rule r : all.subList(from, Math.min(all.size(), from + request.perPage()))) {
            items.add(RuleWire.rule(r, rules.names(r), caller.zone()));
        }
        return request.envelope("rules", items, all.size());
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ_RULES)
    public Map<String, Object> get(@Context SecurityContext security, @PathParam("id") String id) {
        Rule r = rules.find(id(id)).orElseThrow(() -> ApiException.notFound("Rule"));
        return Map.of("rule", RuleWire.rule(r, rules.names(r), Caller.of(security).zone()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_RULES)
    public Response create(@Context SecurityContext security, JsonNode body) {
        Input in = Input.of(body, FIELDS);
        for (String field : List.of("name", "priority", "match_type", "match_value", "target_profile_id")) {
            in.require(field);
        }
        RuleDraft draft = draft(in, new RuleDraft(null, 0, null, null, 0, null, 0, true));
        RuleService.Changed done = rules.created(draft);
        return Response.status(Response.Status.CREATED).entity(answer("Rule created", done, Caller.of(security).zone())).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_RULES)
    public Map<String, Object> replace(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        return update(security, id, body);
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_RULES)
    public Map<String, Object> update(@Context SecurityContext security, @PathParam("id") String id, JsonNode body) {
        long ruleId = id(id);
        Input in = Input.of(body, FIELDS);
        if (body != null && body.isObject() && body.isEmpty()) {
            throw ApiException.badRequest("validation_error", "No fields to update");
        }
        in.validate();
        RuleService.Changed done = rules.updated(ruleId, current -> draft(in, current));
        return answer("Rule updated", done, Caller.of(security).zone());
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_RULES)
    public Map<String, Object> delete(@Context SecurityContext security, @PathParam("id") String id) {
        RuleService.Changed done = rules.deleted(id(id));
        return answer("Rule deleted", done, Caller.of(security).zone());
    }

    /**
     * The blocks a rule would change, without saving it: the rule's fields (all of them for a new
     * rule; with {@code rule_id}, only those that change that rule), optional {@code start_date} and
     * {@code end_date}, and {@code limit} (1–500, default 100). An admin sees every user's blocks,
     * anyone else their own. It needs {@code write:rules}: it is how rules are written.
     */
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_RULES)
    public Map<String, Object> preview(@Context SecurityContext security, JsonNode body) {
        Caller caller = Caller.of(security);
        Set<String> allowed = new java.util.HashSet<>(FIELDS);
        allowed.addAll(Set.of("rule_id", "start_date", "end_date", "limit"));
        Input in = Input.of(body, allowed);
        Long replacing = in.integer("rule_id");
        if (replacing == null) {
            for (String field : List.of("name", "priority", "match_type", "match_value", "target_profile_id")) {
                in.require(field);
            }
        }
        LocalDate first = in.parsed("start_date", LocalDate::parse, "Invalid date format (use YYYY-MM-DD)");
        LocalDate last = in.parsed("end_date", LocalDate::parse, "Invalid date format (use YYYY-MM-DD)");
        Long limit = in.integer("limit");
        if (limit != null && (limit < 1 || limit > MAX_PREVIEW)) {
            in.error("limit", "Must be between 1 and " + MAX_PREVIEW + ".");
        }
        in.validate();
        RuleDraft base = replacing == null ? new RuleDraft(null, 0, null, null, 0, null, 0, true)
                : rules.find(replacing).orElseThrow(() -> ApiException.notFound("Rule")).draft();
        RuleDraft draft = draft(in, base);
        ZoneId zone = caller.zone();
        Instant from = first == null ? null : first.atStartOfDay(zone).toInstant();
        Instant to = last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
        List<Reclassification.Change> changes = rules.preview(draft, replacing, caller.isAdmin() ? null : caller.userId(),
                from, to, limit == null ? 100 : limit.intValue());
        List<Map<String, Object>> items = new ArrayList<>();
        for (Reclassification.Change c : changes) {
            items.add(RuleWire.change(c, zone));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("changes", items);
        answer.put("count", items.size());
        answer.put("limit", limit == null ? 100 : limit);
        return answer;
    }

    /** Applies the rules to everything stored (after the rules module was away, say); 202 with the job. */
    @POST
    @Path("apply")
    @RolesAllowed(Scopes.WRITE_RULES)
    public Response apply(@Context SecurityContext security) {
        RuleJob job = rules.apply("requested");
        return Response.status(Response.Status.ACCEPTED)
                .entity(Map.of("message", "Applying the rules", "job", RuleWire.job(job, Caller.of(security).zone()))).build();
    }

    @GET
    @Path("jobs/{id}")
    @RolesAllowed(Scopes.READ_RULES)
    public Map<String, Object> job(@Context SecurityContext security, @PathParam("id") String id) {
        RuleJob job = rules.job(id(id, "Job")).orElseThrow(() -> ApiException.notFound("Job"));
        return Map.of("job", RuleWire.job(job, Caller.of(security).zone()));
    }

    private Map<String, Object> answer(String message, RuleService.Changed done, ZoneId zone) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("message", message);
        if (done.rule() != null) {
            answer.put("rule", RuleWire.rule(done.rule(), rules.names(done.rule()), zone));
        }
        answer.put("job", RuleWire.job(done.job(), zone));
        return answer;
    }

    /** {@code base} with the fields the body has; field errors thrown together. */
    static RuleDraft draft(Input in, RuleDraft base) {
        String name = in.has("name") ? in.string("name", 255) : base.name();
        Long priority = in.has("priority") ? in.integer("priority") : Long.valueOf(base.priority());
        MatchType type = base.matchType();
        if (in.has("match_type")) {
            String text = in.string("match_type", 16);
            type = null;
            try {
                type = text == null ? null : MatchType.valueOf(text.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                in.error("match_type", "Must be one of: APP, DOMAIN, TITLE_REGEX, KEYWORD, COMPOSITE.");
            }
        }
        String value = base.matchValue();
        if (in.has("match_value")) {
            JsonNode node = in.node("match_value");
            // a COMPOSITE tree may come as JSON itself rather than as a string holding it
            value = node != null && node.isContainerNode() ? node.toString() : in.string("match_value", 16_384);
        }
        Long profile = in.has("target_profile_id") ? in.integer("target_profile_id") : Long.valueOf(base.targetProfileId());
        Long service = in.has("target_service_id") ? in.integer("target_service_id") : base.targetServiceId();
        Long boost = in.has("confidence_boost") ? in.integer("confidence_boost") : Long.valueOf(base.confidenceBoost());
        Boolean enabled = in.has("enabled") ? in.bool("enabled") : Boolean.valueOf(base.enabled());
        if (priority != null && (priority < -1_000_000 || priority > 1_000_000)) {
            in.error("priority", "Must be between -1000000 and 1000000.");
        }
        if (boost != null && (boost < -100 || boost > 100)) {
            in.error("confidence_boost", "Must be between -100 and 100.");
        }
        for (String required : List.of("name", "priority", "match_type", "match_value", "target_profile_id", "enabled")) {
            if (in.has(required) && !in.failed(required) && in.node(required) != null && in.node(required).isNull()) {
                in.error(required, "Field may not be null.");
            }
        }
        in.validate();
        return new RuleDraft(name, priority.intValue(), type, value, profile, service, boost.intValue(), enabled);
    }

    private static long id(String text) {
        return id(text, "Rule");
    }

    private static long id(String text, String what) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // a path that is not an id names nothing
        }
        throw ApiException.notFound(what);
    }
}
