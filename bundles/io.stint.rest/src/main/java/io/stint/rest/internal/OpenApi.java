package io.stint.rest.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stint's OpenAPI 3.0 document, generated from the whiteboard's runtime view: exactly the routes one
 * application serves right now, so a module's routes appear and disappear with its bundle.
 */
final class OpenApi {

    /** Routes of the application that answer without a token. */
    static final Set<String> PUBLIC_PATHS = Set.of("/health", "/info");

    /** OpenAPI's operation keys, in the order Swagger UI lists them. */
    private static final List<String> VERBS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> WITH_BODY = Set.of("post", "put", "patch");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String applicationName;
    private final String serverUrl;
    private final String version;
    private final Set<String> publicPaths;
    private final RouteAccess.Lookup access;

    /**
     * @param applicationName the whiteboard name of the application to describe
     * @param serverUrl where its paths are relative to, e.g. {@code /api/v1}
     * @param version the document's {@code info.version}
     * @param publicPaths paths (relative to the server) that need no token, when {@code access}
     *        cannot tell
     * @param access reads each route's declared access from the class that serves it
     */
    OpenApi(String applicationName, String serverUrl, String version, Set<String> publicPaths, RouteAccess.Lookup access) {
        this.applicationName = applicationName;
        this.serverUrl = serverUrl;
        this.version = version;
        this.publicPaths = Set.copyOf(publicPaths);
        this.access = access;
    }

    OpenApi(String applicationName, String serverUrl, String version, Set<String> publicPaths) {
        this(applicationName, serverUrl, version, publicPaths, (service, verb, path) -> null);
    }

    /** One route as the runtime reports it, media types merged when several resources declare it. */
    private record Route(PathTemplate template, String verb, Set<String> consumes, Set<String> produces, String resource,
            long serviceId) {
    }

    ObjectNode document(RuntimeDTO runtime) {
        ObjectNode doc = NODES.objectNode().put("openapi", "3.0.3");
        doc.putObject("info")
                .put("title", "Stint REST API")
                .put("version", version)
                .put("description", "Stint's versioned REST API. Paths are relative to `" + serverUrl + "`; the"
                        + " document lists the routes of the modules active right now. Authenticate with"
                        + " `Authorization: Bearer <token>` or `X-API-Key: <token>`. Errors answer"
                        + " `{success: false, error, message, error_code, errors?}`; lists answer"
                        + " `{<resource>: [...], pagination: {...}}` and take `page` and `per_page`.");
        doc.putArray("servers").addObject().put("url", serverUrl).put("description", "Stint's versioned REST API");
        doc.set("components", OpenApiComponents.components());
        OpenApiComponents.requireToken(doc);

        Map<String, Map<String, Route>> routes = routes(runtime);
        Set<String> tags = new TreeSet<>();
        Set<String> operationIds = new HashSet<>();
        ObjectNode paths = NODES.objectNode();
        for (Map.Entry<String, Map<String, Route>> path : routes.entrySet()) {
            ObjectNode item = paths.putObject(path.getKey());
            for (String verb : VERBS) {
                Route route = path.getValue().get(verb);
                if (route != null) {
                    String tag = tag(route.template());
                    tags.add(tag);
                    item.set(verb, operation(route, tag, unique(operationId(route), operationIds)));
                }
            }
        }
        ArrayNode tagList = doc.putArray("tags");
        tags.forEach(tag -> tagList.addObject().put("name", tag));
        doc.set("paths", paths);
        return doc;
    }

    /** Path → verb → route, sorted by path; routes of other applications are left out. */
    private Map<String, Map<String, Route>> routes(RuntimeDTO runtime) {
        Map<String, Map<String, Route>> routes = new TreeMap<>();
        for (ApplicationDTO app : orEmpty(runtime == null ? null : runtime.applicationDTOs)) {
            if (!applicationName.equals(app.name)) {
                continue;
            }
            for (ResourceDTO resource : orEmpty(app.resourceDTOs)) {
                for (ResourceMethodInfoDTO method : orEmpty(resource.resourceMethods)) {
                    String verb = method.method == null ? "" : method.method.toLowerCase(Locale.ROOT);
                    if (!VERBS.contains(verb)) {
                        continue; // a sub-resource locator or an unknown verb: nothing OpenAPI can name
                    }
                    PathTemplate template = PathTemplate.parse(method.path);
                    Route route = routes.computeIfAbsent(template.path(), p -> new LinkedHashMap<>())
                            .computeIfAbsent(verb, v -> new Route(template, v, new TreeSet<>(), new TreeSet<>(), resource.name,
                                    resource.serviceId));
                    route.consumes().addAll(orEmpty(method.consumingMimeType));
                    route.produces().addAll(orEmpty(method.producingMimeType));
                }
            }
        }
        return routes;
    }

    private ObjectNode operation(Route route, String tag, String operationId) {
        String path = route.template().path();
        ObjectNode op = NODES.objectNode();
        op.putArray("tags").add(tag);
        op.put("summary", route.verb().toUpperCase(Locale.ROOT) + " " + path);
        op.put("operationId", operationId);
        if (!route.template().parameters().isEmpty()) {
            ArrayNode parameters = op.putArray("parameters");
            for (String name : route.template().parameters()) {
                ObjectNode parameter = parameters.addObject().put("name", name).put("in", "path").put("required", true);
                // The runtime does not know parameter types; ids are integers throughout /api/v1.
                boolean id = name.equals("id") || name.endsWith("_id") || name.endsWith("Id");
                parameter.putObject("schema").put("type", id ? "integer" : "string");
            }
        }
        if (WITH_BODY.contains(route.verb())) {
            ObjectNode content = op.putObject("requestBody").putObject("content");
            for (String type : mediaTypes(route.consumes())) {
                content.set(type, body(type));
            }
        }
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject("2XX").put("description", "Success");
        ObjectNode content = ok.putObject("content");
        for (String type : mediaTypes(route.produces())) {
            content.set(type, body(type));
        }
        RouteAccess declared = access.find(route.serviceId(), route.verb(), path);
        boolean open = declared != null ? declared.open() : publicPaths.contains(path);
        if (!open) {
            responses.set("401", OpenApiComponents.errorResponse("Missing or invalid API token"));
        }
        if (declared != null && declared.scope() != null) {
            op.put("description", "Requires the `" + declared.scope() + "` scope.");
            op.put("x-required-scope", declared.scope());
            responses.set("403", OpenApiComponents.errorResponse("The token lacks the `" + declared.scope() + "` scope"));
        }
        responses.set("default", OpenApiComponents.errorResponse("Error"));
        if (open) {
            op.putArray("security");
        }
        if (route.resource() != null) {
            op.put("x-stint-resource", route.resource());
        }
        return op;
    }

    /** What a route declares, or JSON: every /api/v1 resource speaks it unless it says otherwise. */
    private static Set<String> mediaTypes(Set<String> declared) {
        Set<String> types = new TreeSet<>(declared);
        types.remove("*/*");
        return types.isEmpty() ? Set.of("application/json") : types;
    }

    private static ObjectNode body(String mediaType) {
        ObjectNode media = NODES.objectNode();
        ObjectNode schema = media.putObject("schema");
        if (mediaType.startsWith("application/json")) {
            schema.put("type", "object");
        }
        return media;
    }

    /** {@code time-entries} → {@code Time Entries}; routes at the root or behind a parameter share one. */
    static String tag(PathTemplate template) {
        String first = template.firstSegment();
        if (first.isEmpty()) {
            return "General";
        }
        StringBuilder tag = new StringBuilder();
        for (String word : first.split("[-_.]+")) {
            if (!word.isEmpty()) {
                tag.append(tag.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return tag.length() == 0 ? "General" : tag.toString();
    }

    /** {@code GET /time-entries/{id}} → {@code getTimeEntriesById}. */
    static String operationId(PathTemplate template, String verb) {
        StringBuilder id = new StringBuilder(verb);
        for (String segment : template.path().split("/")) {
            boolean parameter = segment.startsWith("{");
            if (parameter) {
                id.append("By");
            }
            for (String word : segment.replaceAll("[{}]", "").split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    id.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return id.toString();
    }

    private static String operationId(Route route) {
        return operationId(route.template(), route.verb());
    }

    /** Paths that differ only in punctuation ({@code a-b}, {@code a_b}) would share an id otherwise. */
    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + n;
        }
        return candidate;
    }

    private static <T> List<T> orEmpty(T[] array) {
        return array == null ? List.of() : Arrays.asList(array);
    }
}
