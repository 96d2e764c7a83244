package io.stint.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;

class EndpointsTest {

    @Test
    void listsTheRoutesOfTheNamedApplicationOnly() {
        RuntimeDTO runtime = new RuntimeDTO();
        runtime.applicationDTOs = new ApplicationDTO[] {
                app("stint", "/api/v1", resource(method("GET", "/time-entries"), method("POST", "time-entries/{id}/"))),
                app("other", "/other", resource(method("GET", "/secret"))) };
        Endpoints e = Endpoints.of(runtime, "stint");
        assertEquals(List.of("GET /api/v1/time-entries", "POST /api/v1/time-entries/{id}"), e.routes());
        assertEquals(Map.of("time_entries", "/api/v1/time-entries"), e.groups());
    }

    @Test
    void arraysTheRuntimeLeftNullCountAsEmpty() {
        RuntimeDTO runtime = new RuntimeDTO();
        ApplicationDTO app = app("stint", "/api/v1", resource(method("GET", "/a")));
        app.resourceDTOs[0].resourceMethods = null;
        runtime.applicationDTOs = new ApplicationDTO[] { app, app("stint", "/api/v1") };
        runtime.applicationDTOs[1].resourceDTOs = null;
        assertTrue(Endpoints.of(runtime, "stint").routes().isEmpty());
        assertTrue(Endpoints.of(new RuntimeDTO(), "stint").routes().isEmpty());
    }

    @Test
    void noRuntimeMeansNoRoutes() {
        assertTrue(Endpoints.of(null, "stint").routes().isEmpty());
    }

    @Test
    void joinLeavesOneSlashBetweenParts() {
        assertEquals("/api/v1/health", Endpoints.join("api/v1/", "//health/"));
        assertEquals("/", Endpoints.join("/", ""));
    }

    private static ApplicationDTO app(String name, String base, ResourceDTO... resources) {
        ApplicationDTO app = new ApplicationDTO();
        app.name = name;
        app.base = base;
        app.resourceDTOs = resources;
        return app;
    }

    private static ResourceDTO resource(ResourceMethodInfoDTO... methods) {
        ResourceDTO r = new ResourceDTO();
        r.resourceMethods = methods;
        return r;
    }

    private static ResourceMethodInfoDTO method(String verb, String path) {
        ResourceMethodInfoDTO m = new ResourceMethodInfoDTO();
        m.method = verb;
        m.path = path;
        return m;
    }
}
