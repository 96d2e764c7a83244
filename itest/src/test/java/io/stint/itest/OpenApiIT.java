package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code /api/openapi.json} describes exactly the live routes of {@code /api/v1}, and {@code /api/docs}
 * serves Swagger UI from the bundle. Uses public routes, the runtime's view and the document only.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class OpenApiIT {

    private static final String DOC = "/api/openapi.json";
    private static final String NOTES_RESOURCE = "stint.example.notes";
    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    private BundleContext context;
    private Http http;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("openapi");
    }

    @Before
    public void connect() {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        http = new Http(context);
        http.await("/api/v1/info", 200, 30);
        // every module's routes are up: the document must not be compared while the whiteboard rebuilds
        for (String route : new String[] {"/api/v1/time-entries", "/api/v1/blocks", "/api/v1/profiles", "/api/v1/rules",
                "/api/v1/invoices", "/api/v1/admin/modules"}) {
            http.await(route, 200, 30);
        }
        http.await(DOC, 200, 10);
    }

    @Test
    public void theDocumentIsPublicJsonOpenApiRelativeToTheVersionedApi() {
        Http.Reply reply = http.get(DOC);
        assertEquals(200, reply.status());
        assertTrue(contentType(reply), contentType(reply).startsWith("application/json"));
        JsonNode doc = reply.json();
        assertTrue(doc.get("openapi").asText().startsWith("3.0"));
        assertEquals("/api/v1", doc.get("servers").get(0).get("url").asText());
        assertTrue(doc.get("components").get("securitySchemes").has("BearerAuth"));
        assertTrue(doc.get("components").get("securitySchemes").has("ApiKeyAuth"));
        assertEquals(0, doc.get("paths").get("/info").get("get").get("security").size());
        assertEquals(0, doc.get("paths").get("/health").get("get").get("security").size());
    }

    @Test
    public void everyRouteInfoListsIsInTheDocumentWithItsMethod() {
        Set<String> documented = documentedRoutes();
        List<String> listed = new ArrayList<>();
        http.get("/api/v1/info").json().get("routes").forEach(r -> listed.add(r.asText()));
        assertTrue(listed.toString(), listed.contains("GET /api/v1/info"));
        for (String route : listed) {
            assertTrue(route + " in " + documented, documented.contains(route));
        }
    }

    @Test
    public void theDocumentHasExactlyTheRoutesTheRuntimeServesUnderApiV1() {
        assertEquals(runtimeRoutes(), documentedRoutes());
        JsonNode paths = http.get(DOC).json().get("paths");
        assertFalse("the default application's routes stay out", paths.has("/api/openapi.json"));
        assertFalse(paths.has("/api/docs"));
    }

    @Test
    public void startingTheNotesModuleAddsItsRoutesAndStoppingItRemovesThem() throws Exception {
        Bundle module = Modules.installExample(context);
        try {
            awaitResource(true);
            JsonNode paths = http.get(DOC).json().get("paths");
            assertTrue(paths.toString(), paths.has("/example/notes"));
            assertTrue(paths.get("/example/notes").has("get"));
            assertTrue(paths.get("/example/notes").has("post"));
            JsonNode id = paths.get("/example/notes/{id}").get("get").get("parameters").get(0);
            assertEquals("id", id.get("name").asText());
            assertEquals("path", id.get("in").asText());
            assertEquals("Example", paths.get("/example/notes").get("get").get("tags").get(0).asText());
            assertEquals(runtimeRoutes(), documentedRoutes());

            module.stop();
            awaitResource(false);
            JsonNode after = http.get(DOC).json().get("paths");
            assertFalse(after.toString(), after.has("/example/notes"));
            assertFalse(after.has("/example/notes/{id}"));
            assertTrue(after.has("/info"));
        } finally {
            module.uninstall();
        }
    }

    @Test
    public void theDocsPageLoadsOnlyLocalFilesAndEachAnswersWithItsType() {
        Http.Reply page = http.get("/api/docs");
        assertEquals(200, page.status());
        assertTrue(contentType(page), contentType(page).startsWith("text/html"));
        assertTrue(page.body(), page.body().contains("data-spec=\"/api/openapi.json\""));
        Set<String> assets = new LinkedHashSet<>();
        Matcher m = ASSET.matcher(page.body());
        while (m.find()) {
            assets.add(m.group(1));
        }
        assertTrue(assets.toString(), assets.contains("/api/docs/swagger-ui-bundle.js"));
        assertTrue(assets.toString(), assets.contains("/api/docs/swagger-ui.css"));
        for (String asset : assets) {
            assertTrue("local: " + asset, asset.startsWith("/api/docs/"));
            Http.Reply file = http.get(asset);
            assertEquals(asset, 200, file.status());
            assertTrue(asset + ": " + contentType(file), contentType(file).startsWith(expectedType(asset)));
            assertFalse(asset, file.body().isEmpty());
            assertTrue(asset, file.raw().headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        }
        assertTrue("the real bundle", http.get("/api/docs/swagger-ui-bundle.js").body().length() > 500_000);
    }

    @Test
    public void anUnchangedAssetAnswers304ToItsEtag() {
        Http.Reply first = http.get("/api/docs/swagger-ui.css");
        String etag = first.raw().headers().firstValue("ETag").orElseThrow();
        Http.Reply again = http.getWith("/api/docs/swagger-ui.css", "If-None-Match", etag);
        assertEquals(304, again.status());
    }

    @Test
    public void pathsThatTryToLeaveTheDocsFolderAnswer404() {
        for (String path : List.of("/api/docs/..swagger-ui.css", "/api/docs/a..b.js", "/api/docs/.hidden.css",
                "/api/docs/index.html", "/api/docs/no-such-file.js", "/api/docs/..%5cMANIFEST.MF")) {
            Http.Reply reply = http.get(path);
            assertEquals(path + ": " + reply.body(), 404, reply.status());
            assertEquals(path, "not_found", reply.json().get("error_code").asText());
        }
        // Jetty resolves or refuses dot segments before routing; either way no bundle file leaks out.
        for (String path : List.of("/api/docs/%2e%2e", "/api/docs/../../META-INF/MANIFEST.MF", "/api/docs/%2e%2e/%2e%2e/META-INF/MANIFEST.MF",
                "/api/docs/..%2F..%2FMETA-INF%2FMANIFEST.MF", "/api/docs/..%2Fstint%2Fdocs%2Fswagger-ui.css")) {
            Http.Reply reply = http.get(path);
            assertNotEquals(path, 200, reply.status());
            assertTrue(path + ": " + reply.status(), reply.status() >= 400 && reply.status() < 500);
        }
    }

    private static String expectedType(String asset) {
        String ext = asset.substring(asset.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "js" -> "text/javascript";
            case "css" -> "text/css";
            case "png" -> "image/png";
            default -> throw new AssertionError("unexpected asset " + asset);
        };
    }

    private static String contentType(Http.Reply reply) {
        return reply.raw().headers().firstValue("Content-Type").orElse("");
    }

    /** {@code "GET /api/v1/..."} for every operation of the document. */
    private Set<String> documentedRoutes() {
        JsonNode doc = http.get(DOC).json();
        String server = doc.get("servers").get(0).get("url").asText();
        Set<String> routes = new TreeSet<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
                .forEachRemaining(verb -> routes.add(verb.toUpperCase(Locale.ROOT) + " " + server + path.getKey())));
        return routes;
    }

    /** The same from the whiteboard's runtime view of the stint application, templates reduced to names. */
    private Set<String> runtimeRoutes() {
        Set<String> routes = new TreeSet<>();
        for (ApplicationDTO app : runtime().getRuntimeDTO().applicationDTOs) {
            if (!"stint".equals(app.name)) {
                continue;
            }
            for (ResourceDTO resource : app.resourceDTOs) {
                for (ResourceMethodInfoDTO method : resource.resourceMethods) {
                    String path = ("/" + app.base + "/" + method.path).replaceAll("/{2,}", "/").replaceAll("/$", "")
                            .replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}");
                    routes.add(method.method + " " + path);
                }
            }
        }
        return routes;
    }

    private JakartarsServiceRuntime runtime() {
        return context.getService(context.getServiceReference(JakartarsServiceRuntime.class));
    }

    /** The whiteboard updates its runtime view just after it re-routes, so poll it briefly. */
    private void awaitResource(boolean listed) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (resourceNames().contains(NOTES_RESOURCE) != listed && System.currentTimeMillis() < deadline) {
            Http.sleep(20);
        }
        assertEquals(resourceNames().toString(), listed, resourceNames().contains(NOTES_RESOURCE));
    }

    private List<String> resourceNames() {
        List<String> names = new ArrayList<>();
        for (ApplicationDTO app : runtime().getRuntimeDTO().applicationDTOs) {
            for (ResourceDTO r : app.resourceDTOs) {
                names.add(r.name);
            }
        }
        return names;
    }
}
