package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;

/** A module's routes exist exactly while its bundle is active; nothing else is disturbed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
public class HotSwapIT {

    private static final String NOTES = "/api/v1/example/notes";
    private static final String RESOURCE = "stint.example.notes";

    private BundleContext context;
    private Http http;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("hotswap");
    }

    @Before
    public void connect() {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        http = new Http(context);
        http.await("/api/v1/health", 200, 30);
    }

    @Test
    public void stoppingTheModuleRemovesItsRouteAndStartingItRestoresIt() throws Exception {
        Bundle module = Modules.installExample(context);
        http.await(NOTES, 200, 30);
        awaitListed(true);
        assertTrue(infoRoutes().toString(), infoRoutes().contains("GET " + NOTES));

        module.stop();
        Http.Reply gone = http.await(NOTES, 404, 10);
        assertEquals("not_found", gone.json().get("error_code").asText());
        awaitListed(false);
        assertFalse(infoRoutes().toString(), infoRoutes().contains("GET " + NOTES));
        assertEquals(200, http.get("/api/v1/health").status());
        assertEquals(200, http.get("/health").status());

        module.start();
        http.await(NOTES, 200, 10);
        awaitListed(true);
        assertTrue(infoRoutes().toString(), infoRoutes().contains("GET " + NOTES));
    }

    @Test
    public void aJarCopiedIntoDeployIsServedAndDeletingItRemovesTheRoute() throws Exception {
        Path deployed = Path.of(context.getProperty("stint.home"), "deploy", "io.stint.example.jar");
        assertEquals(404, http.get(NOTES).status());

        Files.copy(Modules.exampleJar(), deployed, StandardCopyOption.REPLACE_EXISTING);
        http.await(NOTES, 200, 30);
        assertEquals(Bundle.ACTIVE, Modules.find(context, Modules.EXAMPLE).orElseThrow().getState());
        assertEquals(201, http.postJson(NOTES, "{\"text\": \"from deploy/\"}").status());

        Files.delete(deployed);
        http.await(NOTES, 404, 30);
        long deadline = System.currentTimeMillis() + 10_000;
        while (Modules.find(context, Modules.EXAMPLE).isPresent() && System.currentTimeMillis() < deadline) {
            Http.sleep(50);
        }
        assertFalse("the bundle is uninstalled", Modules.find(context, Modules.EXAMPLE).isPresent());
        assertEquals(200, http.get("/api/v1/info").status());
    }

    @Test
    public void aRedeployedModuleFindsItsDataAndDoesNotMigrateAgain() throws Exception {
        Bundle module = Modules.installExample(context);
        http.await(NOTES, 200, 30);
        long id = http.postJson(NOTES, "{\"text\": \"kept\"}").json().get("note").get("id").asLong();
        module.uninstall();
        http.await(NOTES, 404, 10);

        Modules.installExample(context);
        http.await(NOTES, 200, 30);
        assertEquals("kept", http.get(NOTES + "/" + id).json().get("note").get("text").asText());
    }

    /** The whiteboard updates its runtime view just after it re-routes, so poll it briefly. */
    private void awaitListed(boolean listed) {
        long deadline = System.currentTimeMillis() + 5_000;
        while (whiteboardResources().contains(RESOURCE) != listed && System.currentTimeMillis() < deadline) {
            Http.sleep(20);
        }
        assertEquals(whiteboardResources().toString(), listed, whiteboardResources().contains(RESOURCE));
    }

    private List<String> whiteboardResources() {
        JakartarsServiceRuntime runtime = context.getService(context.getServiceReference(JakartarsServiceRuntime.class));
        List<String> names = new ArrayList<>();
        for (ApplicationDTO app : runtime.getRuntimeDTO().applicationDTOs) {
            for (ResourceDTO r : app.resourceDTOs) {
                names.add(r.name);
            }
        }
        return names;
    }

    private List<String> infoRoutes() {
        List<String> routes = new ArrayList<>();
        http.get("/api/v1/info").json().get("routes").forEach(r -> routes.add(r.asText()));
        return routes;
    }
}
