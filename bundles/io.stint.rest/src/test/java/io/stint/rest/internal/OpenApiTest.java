package io.stint.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class OpenApiTest {

    private final OpenApi openApi = new OpenApi("stint", "/api/v1", "1.2.3", OpenApi.PUBLIC_PATHS);

    private static RuntimeDTO runtime() {
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.applicationDTOs = new ApplicationDTO[] {
                app("stint", "/api/v1",
                        resource("stint.api", method("GET", "/health", null, "application/json"),
                                method("GET", "info", null, "application/json")),
                        resource("stint.notes", method("GET", "example/notes", null, "application/json"),
                                method("POST", "example/notes/", "application/json", "application/json"),
                                method("GET", "example/notes/{id: [0-9]+}", null, "application/json"),
                                method("DELETE", "/time-entries/{entry_id}/tags/{tag}", null, null))),
                app(".default", "/", resource("stint.health", method("GET", "/health", null, "application/json"))),
                app("other", "/other", resource("other.secret", method("GET", "/secret", null, null))) };
        return runtime;
    }

    @Test
    void describesEveryRouteOfTheApplicationWithItsMethods() {
        JsonNode paths = openApi.document(runtime()).get("paths");
        assertEquals(List.of("/example/notes", "/example/notes/{id}", "/health", "/info", "/time-entries/{entry_id}/tags/{tag}"),
                names(paths));
        assertEquals(List.of("get", "post"), names(paths.get("/example/notes")));
        assertEquals(List.of("get"), names(paths.get("/example/notes/{id}")));
        assertEquals(List.of("delete"), names(paths.get("/time-entries/{entry_id}/tags/{tag}")));
    }

    @Test
    void leavesOutRoutesOfOtherApplications() {
        JsonNode paths = openApi.document(runtime()).get("paths");
        assertFalse(paths.has("/secret"));
        assertFalse(paths.has("/other/secret"));
        assertEquals(1, paths.get("/health").size(), "only the application's own GET /health");
        assertEquals("stint.api", paths.get("/health").get("get").get("x-stint-resource").asText());
    }

    @Test
    void pathsAreRelativeToTheServer() {
        JsonNode doc = openApi.document(runtime());
        assertEquals("/api/v1", doc.get("servers").get(0).get("url").asText());
        assertEquals("3.0.3", doc.get("openapi").asText());
        assertEquals("1.2.3", doc.get("info").get("version").asText());
    }

    @Test
    void declaresPathParametersAsRequiredAndIdsAsIntegers() {
        JsonNode paths = openApi.document(runtime()).get("paths");
        JsonNode id = paths.get("/example/notes/{id}").get("get").get("parameters").get(0);
        assertEquals("id", id.get("name").asText());
        assertEquals("path", id.get("in").asText());
        assertTrue(id.get("required").asBoolean());
        assertEquals("integer", id.get("schema").get("type").asText());
        JsonNode params = paths.get("/time-entries/{entry_id}/tags/{tag}").get("delete").get("parameters");
        assertEquals("entry_id", params.get(0).get("name").asText());
        assertEquals("integer", params.get(0).get("schema").get("type").asText());
        assertEquals("tag", params.get(1).get("name").asText());
        assertEquals("string", params.get(1).get("schema").get("type").asText());
        assertFalse(paths.get("/example/notes").get("get").has("parameters"));
    }

    @Test
    void healthAndInfoNeedNoTokenAndEverythingElseDoes() {
        JsonNode doc = openApi.document(runtime());
        assertEquals(2, doc.get("security").size());
        assertTrue(doc.get("security").get(0).has("BearerAuth"));
        assertTrue(doc.get("security").get(1).has("ApiKeyAuth"));
        JsonNode paths = doc.get("paths");
        for (String open : List.of("/health", "/info")) {
            JsonNode security = paths.get(open).get("get").get("security");
            assertNotNull(security, open);
            assertEquals(0, security.size(), open);
            assertFalse(paths.get(open).get("get").get("responses").has("401"));
        }
        JsonNode notes = paths.get("/example/notes").get("get");
        assertFalse(notes.has("security"), "inherits the document's");
        assertEquals("#/components/schemas/Error",
                notes.get("responses").get("401").get("content").get("application/json").get("schema").get("$ref").asText());
    }

    @Test
    void hasTheSecuritySchemesAndSharedSchemas() {
        JsonNode components = openApi.document(runtime()).get("components");
        JsonNode bearer = components.get("securitySchemes").get("BearerAuth");
        assertEquals("http", bearer.get("type").asText());
        assertEquals("bearer", bearer.get("scheme").asText());
        JsonNode apiKey = components.get("securitySchemes").get("ApiKeyAuth");
        assertEquals("apiKey", apiKey.get("type").asText());
        assertEquals("header", apiKey.get("in").asText());
        assertEquals("X-API-Key", apiKey.get("name").asText());
        assertTrue(components.get("schemas").get("Error").get("properties").has("error_code"));
        assertTrue(components.get("schemas").get("Pagination").get("properties").get("next_page").get("nullable").asBoolean());
    }

    @Test
    void everyOperationHasAUniqueIdAndATagForItsFirstSegment() {
        JsonNode doc = openApi.document(runtime());
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (JsonNode item : doc.get("paths")) {
            for (JsonNode op : item) {
                operations++;
                assertTrue(ids.add(op.get("operationId").asText()), op.toString());
            }
        }
        assertEquals(operations, ids.size());
        JsonNode paths = doc.get("paths");
        assertEquals("getExampleNotesById", paths.get("/example/notes/{id}").get("get").get("operationId").asText());
        assertEquals("Example", paths.get("/example/notes").get("post").get("tags").get(0).asText());
        assertEquals("Time Entries", paths.get("/time-entries/{entry_id}/tags/{tag}").get("delete").get("tags").get(0).asText());
        List<String> tags = new ArrayList<>();
        doc.get("tags").forEach(t -> tags.add(t.get("name").asText()));
        assertEquals(List.of("Example", "Health", "Info", "Time Entries"), tags);
    }

    @Test
    void writesTakeTheBodyTheRouteConsumes() {
        JsonNode paths = openApi.document(runtime()).get("paths");
        JsonNode body = paths.get("/example/notes").get("post").get("requestBody");
        assertEquals("object", body.get("content").get("application/json").get("schema").get("type").asText());
        assertFalse(paths.get("/example/notes").get("get").has("requestBody"));
        assertTrue(paths.get("/example/notes").get("get").get("responses").get("2XX").get("content").has("application/json"));
    }

    @Test
    void operationIdsStayUniqueWhenPathsDifferOnlyInPunctuation() {
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.applicationDTOs = new ApplicationDTO[] {
                app("stint", "/api/v1", resource("r", method("GET", "/a-b", null, null), method("GET", "/a_b", null, null))) };
        JsonNode paths = openApi.document(runtime).get("paths");
        assertEquals("getAB", paths.get("/a-b").get("get").get("operationId").asText());
        assertEquals("getAB2", paths.get("/a_b").get("get").get("operationId").asText());
    }

    @Test
    void noRuntimeOrEmptyArraysGiveADocumentWithoutPaths() throws Exception {
        assertEquals(0, openApi.document(null).get("paths").size());
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.applicationDTOs = new ApplicationDTO[] { app("stint", "/api/v1", (ResourceDTO[]) null) };
        JsonNode doc = openApi.document(runtime);
        assertEquals(0, doc.get("paths").size());
        // It serialises: what the resource returns is plain JSON.
        assertTrue(new ObjectMapper().writeValueAsString(doc).startsWith("{\"openapi\":\"3.0.3\""));
    }

    @Test
    void skipsSubResourceLocatorsThatHaveNoHttpMethod() {
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.applicationDTOs = new ApplicationDTO[] { app("stint", "/api/v1", resource("r", method(null, "/sub", null, null))) };
        assertEquals(0, openApi.document(runtime).get("paths").size());
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static ApplicationDTO app(String name, String base, ResourceDTO... resources) {
        ApplicationDTO app = new ApplicationDTO();
        app.name = name;
        app.base = base;
        app.resourceDTOs = resources;
        return app;
    }

    private static ResourceDTO resource(String name, ResourceMethodInfoDTO... methods) {
        ResourceDTO r = new ResourceDTO();
        r.name = name;
        r.resourceMethods = methods;
        return r;
    }

    private static ResourceMethodInfoDTO method(String verb, String path, String consumes, String produces) {
        ResourceMethodInfoDTO m = new ResourceMethodInfoDTO();
        m.method = verb;
        m.path = path;
        m.consumingMimeType = consumes == null ? null : new String[] { consumes };
        m.producingMimeType = produces == null ? null : new String[] { produces };
        return m;
    }
}
