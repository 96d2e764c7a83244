package io.stint.compat.chronicle.internal;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.activity.api.ProfileDirectory;
import io.stint.rest.api.ApiException;
import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import io.stint.rules.api.RuleDraft;
import io.stint.rules.api.Rules;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;

/**
 * {@code /api/v1/rules}: assignment rules. {@code ?enabled=false} lists all of them, anything else
 * the enabled ones; {@code PUT} changes only the fields given (a {@code null} is not given, a
 * {@code target_service_id} of 0 clears it); deleting answers 200 {@code {"success": true}}.
 */
@Component(service = RulesResource.class)
@JakartarsResource
@JakartarsName("stint.chronicle.rules")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Path("api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
public final class RulesResource {

    static final String NOT_FOUND = "Rule not found";
    static final String MATCH_TYPES = "match_type must be one of: "
            + Arrays.stream(MatchType.values()).map(Enum::name).collect(Collectors.joining(", "));

    private final Rules rules;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProfileDirectory profiles;

    @Activate
    public RulesResource(@Reference Rules rules) {
        this.rules = rules;
    }

    @GET
    @RolesAllowed(Scopes.READ_RULES)
    public ArrayNode list(@Context SecurityContext security, @QueryParam("enabled") String enabled) {
        ProfileNames names = names(security);
        ArrayNode array = ChronicleJson.MAPPER.createArrayNode();
        for (Rule rule : rules.list(!"false".equals(enabled))) {
            array.add(RuleWire.rule(rule, names));
        }
        return array;
    }

    /** {@code {name, priority, match_type, match_value, target_profile_id, target_service_id?, confidence_boost?, enabled?}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_RULES)
    public Response create(@Context SecurityContext security, JsonNode json) {
        Body body = Body.of(json);
        String name = body.trimmed("name");
        if (name == null) {
            throw ChronicleException.invalid("name is required");
        }
        String type = body.text("match_type");
        if (type == null || type.isEmpty()) {
            throw ChronicleException.invalid("match_type is required");
        }
        MatchType matchType = matchType(type);
        String value = body.text("match_value");
        if (value == null || value.isEmpty()) {
            throw ChronicleException.invalid("match_value is required");
        }
        Long target = body.integer("target_profile_id");
        if (target == null || target == 0) {
            throw ChronicleException.invalid("target_profile_id is required");
        }
        Integer priority = body.int32("priority");
        Integer boost = body.int32("confidence_boost");
        Boolean enabled = body.bool("enabled");
        RuleDraft draft = new RuleDraft(name, priority == null ? 0 : priority, matchType, value, target,
                service(body.integer("target_service_id")), boost == null ? 0 : boost, enabled == null || enabled);
        try {
            return Response.status(Response.Status.CREATED).entity(RuleWire.rule(rules.create(draft), names(security)))
                    .build();
        } catch (ApiException e) {
            throw translate(e);
        }
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.WRITE_RULES)
    public ObjectNode update(@Context SecurityContext security, @PathParam("id") String id, JsonNode json) {
        long ruleId = Params.id(id, "rule_id");
        Body body = Body.of(json);
        if (body.isEmpty()) {
            if (rules.find(ruleId).isEmpty()) {
                throw ChronicleException.notFound(NOT_FOUND);
            }
            throw ChronicleException.invalid("No fields to update");
        }
        String name = body.text("name");
        Integer priority = body.int32("priority");
        MatchType matchType = body.has("match_type") ? matchType(body.text("match_type")) : null;
        String value = body.text("match_value");
        Long target = body.integer("target_profile_id");
        Long service = body.integer("target_service_id");
        Integer boost = body.int32("confidence_boost");
        Boolean enabled = body.bool("enabled");
        try {
            Rule updated = rules.update(ruleId, d -> new RuleDraft(name == null ? d.name() : name.strip(),
                    priority == null ? d.priority() : priority, matchType == null ? d.matchType() : matchType,
                    value == null ? d.matchValue() : value, target == null ? d.targetProfileId() : target,
                    service == null ? d.targetServiceId() : service(service),
                    boost == null ? d.confidenceBoost() : boost, enabled == null ? d.enabled() : enabled));
            return RuleWire.rule(updated, names(security));
        } catch (ApiException e) {
            throw translate(e);
        }
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Scopes.WRITE_RULES)
    public ObjectNode delete(@PathParam("id") String id) {
        long ruleId = Params.id(id, "rule_id");
        try {
            rules.delete(ruleId);
        } catch (ApiException e) {
            throw ChronicleErrors.translate(e, NOT_FOUND, null);
        }
        return Params.success();
    }

    /** ChronicleCore's match types, case as given. */
    static MatchType matchType(String text) {
        for (MatchType type : MatchType.values()) {
            if (type.name().equals(text)) {
                return type;
            }
        }
        throw ChronicleException.invalid(MATCH_TYPES);
    }

    /** A target service: 0 means none, as ChronicleCore's update reads it. */
    private static Long service(Long id) {
        return id == null || id == 0 ? null : id;
    }

    /** ChronicleCore's words for an unknown rule and for a target that is unknown or deleted. */
    private static ChronicleException translate(ApiException e) {
        ChronicleException field = ChronicleErrors.field(e, "target_profile_id",
                "target_profile_id does not exist or is inactive");
        if (field == null) {
            field = ChronicleErrors.field(e, "target_service_id", "target_service_id does not exist or is inactive");
        }
        return field != null ? field : ChronicleErrors.translate(e, NOT_FOUND, null);
    }

    private ProfileNames names(SecurityContext security) {
        return new ProfileNames(profiles, Caller.of(security).userId());
    }
}
