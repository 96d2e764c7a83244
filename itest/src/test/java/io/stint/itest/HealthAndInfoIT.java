package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;

import com.fasterxml.jackson.databind.JsonNode;

@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HealthAndInfoIT {

    private BundleContext context;
    private Http http;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("health");
    }

    @Before
    public void connect() {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        http = new Http(context);
        http.await("/health", 200, 30);
    }

    @Test
    public void healthAnswersOkWithVersionAndUptime() {
        JsonNode health = http.get("/health").json();
        assertEquals("ok", health.get("status").asText());
        assertEquals(bundleVersion("io.stint.rest"), health.get("version").asText());
        assertTrue(health.get("uptime_seconds").isIntegralNumber());
        assertTrue(health.get("uptime_seconds").asLong() >= 0);
    }

    @Test
    public void theVersionedApiHasItsOwnHealth() {
        Http.Reply reply = http.await("/api/v1/health", 200, 10);
        assertEquals("healthy", reply.json().get("status").asText());
        assertTrue(reply.json().get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));
    }

    @Test
    public void infoListsTheEndpointsOfTheLiveRuntime() {
        JsonNode info = http.await("/api/v1/info", 200, 10).json();
        // /api/v1 appears once io.stint.security guards it; the whiteboard's runtime view follows just after
        long deadline = System.currentTimeMillis() + 5_000;
        while (!info.get("endpoints").has("health") && System.currentTimeMillis() < deadline) {
            Http.sleep(20);
            info = http.get("/api/v1/info").json();
        }
        assertEquals("v1", info.get("api_version").asText());
        assertEquals(bundleVersion("io.stint.rest"), info.get("app_version").asText());
        assertEquals("/api/v1/health", info.get("endpoints").get("health").asText());
        List<String> routes = new ArrayList<>();
        info.get("routes").forEach(r -> routes.add(r.asText()));
        assertTrue(routes.toString(), routes.contains("GET /api/v1/health"));
        assertTrue(routes.toString(), routes.contains("GET /api/v1/info"));
    }

    @Test
    public void theServerListensOnLoopbackOnly() {
        Object endpoints = context.getServiceReference(HttpServiceRuntime.class).getProperty("osgi.http.endpoint");
        String text = endpoints instanceof String[] a ? String.join(",", a) : String.valueOf(endpoints);
        assertTrue(text, text.contains("127.0.0.1"));
        assertTrue(text, !text.contains("0.0.0.0"));
    }

    private String bundleVersion(String bsn) {
        for (var b : context.getBundles()) {
            if (bsn.equals(b.getSymbolicName())) {
                var v = b.getVersion();
                String base = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
                return v.getQualifier().isEmpty() ? base : base + "-" + v.getQualifier();
            }
        }
        throw new AssertionError(bsn + " is not installed");
    }
}
