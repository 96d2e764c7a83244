package io.stint.capture.activitywatch.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import com.fasterxml.jackson.databind.node.ArrayNode;

import io.stint.capture.activitywatch.internal.query.QueryEngine;
import io.stint.capture.activitywatch.internal.query.QueryException;

/** {@code POST /api/0/query/}: {@code {"timeperiods": [...], "query": [...]}} answers one result per period. */
@Component(service = QueryResource.class)
@JakartarsResource
@JakartarsName("stint.activitywatch.query")
@JakartarsApplicationSelect(AwApplication.SELECT)
@Path("query")
@Produces(MediaType.APPLICATION_JSON)
public final class QueryResource {

    private final AwService service;
    private final QueryEngine engine = new QueryEngine();

    @Activate
    public QueryResource(@Reference AwService service) {
        this.service = service;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ArrayNode query(@Context SecurityContext security, JsonNode body) {
        if (body == null || !body.isObject()) {
            throw AwException.badRequest("A query must be {\"timeperiods\": [...], \"query\": [...]}");
        }
        List<String> periods = strings(body.get("timeperiods"), "timeperiods");
        List<String> lines = strings(body.get("query"), "query");
        try {
            List<Object> results = engine.run(periods, lines, new StoreQuerySource(service, Params.user(security)));
            ArrayNode answer = AwJson.MAPPER.createArrayNode();
            results.forEach(r -> answer.add(json(r)));
            return answer;
        } catch (QueryException e) {
            throw AwException.badRequest(e.getMessage());
        }
    }

    private static List<String> strings(JsonNode node, String field) {
        if (node == null || !node.isArray()) {
            throw AwException.badRequest("Field '" + field + "' must be a list of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isTextual()) {
                throw AwException.badRequest("Field '" + field + "' must be a list of strings");
            }
            values.add(n.asText());
        }
        return values;
    }

    /** A query value as JSON: events as ActivityWatch's event objects, the rest as they are. */
    static JsonNode json(Object value) {
        if (value instanceof AwEvent e) {
            return AwJson.render(e);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = AwJson.MAPPER.createArrayNode();
            list.forEach(v -> array.add(json(v)));
            return array;
        }
        if (value instanceof Map<?, ?> map) {
            var object = AwJson.MAPPER.createObjectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), json(v)));
            return object;
        }
        return AwJson.MAPPER.valueToTree(value);
    }
}
