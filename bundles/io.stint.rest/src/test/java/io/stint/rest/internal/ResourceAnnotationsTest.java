package io.stint.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;

import com.fasterxml.jackson.databind.JsonNode;

class ResourceAnnotationsTest {

    @Path("widgets")
    @RolesAllowed("read:widgets")
    public static class Widgets {
        @GET
        public String list() {
            return "";
        }

        @POST
        @RolesAllowed("write:widgets")
        public String create() {
            return "";
        }

        @GET
        @Path("{id: [0-9]+}/open")
        @PermitAll
        public String open() {
            return "";
        }

        public String notARoute() {
            return "";
        }
    }

    @Path("plain")
    public static class Plain {
        @DELETE
        public void remove() {
        }
    }

    @Test
    void aMethodAnnotationWinsOverTheClassOne() {
        Map<String, RouteAccess> routes = ResourceAnnotations.routes(Widgets.class);
        assertEquals(RouteAccess.scope("read:widgets"), routes.get("get /widgets"));
        assertEquals(RouteAccess.scope("write:widgets"), routes.get("post /widgets"));
        assertEquals(RouteAccess.PUBLIC, routes.get("get /widgets/{id}/open"));
        assertEquals(3, routes.size(), "methods without an HTTP method are no routes");
    }

    @Test
    void noAnnotationMeansAnyValidToken() {
        assertEquals(Map.of("delete /plain", RouteAccess.TOKEN), ResourceAnnotations.routes(Plain.class));
    }

    @Test
    void theDocumentShowsEachRoutesScopeAndPublicRoutesNeedNoToken() {
        Map<String, RouteAccess> widgets = ResourceAnnotations.routes(Widgets.class);
        OpenApi openApi = new OpenApi("stint", "/api/v1", "1", java.util.Set.of(),
                (service, verb, path) -> service == 42 ? widgets.get(verb + " " + path) : null);
        RuntimeDTO runtime = new RuntimeDTO();
        ApplicationDTO app = new ApplicationDTO();
        app.name = "stint";
        app.base = "/api/v1";
        ResourceDTO resource = new ResourceDTO();
        resource.name = "widgets";
        resource.serviceId = 42;
        resource.resourceMethods = new ResourceMethodInfoDTO[] { method("GET", "widgets"), method("POST", "widgets"),
                method("GET", "widgets/{id: [0-9]+}/open") };
        app.resourceDTOs = new ResourceDTO[] { resource };
        runtime.applicationDTOs = new ApplicationDTO[] { app };

        JsonNode paths = openApi.document(runtime).get("paths");
        JsonNode post = paths.get("/widgets").get("post");
        assertEquals("write:widgets", post.get("x-required-scope").asText());
        assertTrue(post.get("responses").has("403"));
        assertFalse(post.has("security"), "the document-wide token requirement applies");
        JsonNode open = paths.get("/widgets/{id}/open").get("get");
        assertEquals(0, open.get("security").size());
        assertFalse(open.get("responses").has("401"));
    }

    private static ResourceMethodInfoDTO method(String verb, String path) {
        ResourceMethodInfoDTO m = new ResourceMethodInfoDTO();
        m.method = verb;
        m.path = path;
        return m;
    }
}
