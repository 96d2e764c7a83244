package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.Hashtable;

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
import org.osgi.framework.ServiceRegistration;

import com.fasterxml.jackson.databind.JsonNode;

/** Every kind of error answers in TimeTracker's format, with the right status, and stores nothing. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ErrorFormatIT {

    private static final String NOTES = "/api/v1/example/notes";
    private static ServiceRegistration<FailingResource> failing;

    private Http http;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("errors");
    }

    @Before
    public void setUp() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        http = new Http(context);
        Modules.installExample(context);
        if (failing == null) {
            Hashtable<String, Object> props = new Hashtable<>();
            props.put("osgi.jakartars.resource", true);
            props.put("osgi.jakartars.name", "itest.failing");
            props.put("osgi.jakartars.application.select", "(osgi.jakartars.name=stint)");
            failing = context.registerService(FailingResource.class, new FailingResource(), props);
        }
        http.await(NOTES, 200, 30);
        http.await("/api/v1/itest/failing", 500, 30);
    }

    @Test
    public void anUnknownRouteIs404InTheErrorFormat() {
        assertError(http.get("/api/v1/no-such-thing"), 404, "not_found");
        assertError(http.get("/no-such-thing"), 404, "not_found");
    }

    @Test
    public void anUnknownIdIs404() {
        assertError(http.get(NOTES + "/999999"), 404, "not_found");
    }

    @Test
    public void aWrongMethodIs405AndSaysWhatIsAllowed() {
        Http.Reply reply = http.method("DELETE", "/api/v1/health", BodyPublishers.noBody());
        assertError(reply, 405, "method_not_allowed");
        assertTrue(reply.raw().headers().firstValue("Allow").orElse("").contains("GET"));
    }

    @Test
    public void malformedJsonIs400() {
        assertError(http.postJson(NOTES, "{\"text\": "), 400, "invalid_json");
    }

    @Test
    public void aWrongContentTypeIs415() {
        assertError(http.post(NOTES, "text/plain", "text=hello"), 415, "unsupported_media_type");
    }

    @Test
    public void aValidationFailureIs400WithFieldErrors() {
        JsonNode body = assertError(http.postJson(NOTES, "{\"text\": \"  \"}"), 400, "validation_error");
        assertTrue(body.toString(), body.get("errors").get("text").get(0).isTextual());
    }

    @Test
    public void anUnknownFieldIs400NamingIt() {
        JsonNode body = assertError(http.postJson(NOTES, "{\"text\": \"a\", \"colour\": \"red\"}"), 400, "validation_error");
        assertEquals("Unknown field.", body.get("errors").get("colour").get(0).asText());
    }

    @Test
    public void anArrayWhereAnObjectBelongsIs400() {
        JsonNode body = assertError(http.postJson(NOTES, "[1, 2]"), 400, "validation_error");
        assertTrue(body.toString(), body.get("errors").has("_schema"));
    }

    @Test
    public void aBadPageParameterIs400() {
        JsonNode body = assertError(http.get(NOTES + "?page=zero"), 400, "validation_error");
        assertTrue(body.toString(), body.get("errors").has("page"));
    }

    @Test
    public void anOversizedBodyIs413() {
        String huge = "{\"text\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertError(http.postJson(NOTES, huge), 413, "payload_too_large");
    }

    @Test
    public void anUnexpectedExceptionIs500WithoutInternals() {
        Http.Reply reply = http.get("/api/v1/itest/failing");
        assertError(reply, 500, "internal_error");
        assertFalse(reply.body(), reply.body().contains("SECRET"));
        assertFalse(reply.body(), reply.body().contains("IllegalStateException"));
        assertFalse(reply.body(), reply.body().contains("at io.stint"));
    }

    @Test
    public void badInputStoresNothing() {
        long before = total();
        http.postJson(NOTES, "{\"text\": ");
        http.postJson(NOTES, "{\"text\": \"\"}");
        http.postJson(NOTES, "{\"text\": \"" + "x".repeat(1001) + "\"}");
        http.post(NOTES, "text/plain", "x");
        assertEquals(before, total());
        assertEquals(201, http.postJson(NOTES, "{\"text\": \"valid\"}").status());
        assertEquals(before + 1, total());
    }

    private long total() {
        return http.get(NOTES).json().get("pagination").get("total").asLong();
    }

    private static JsonNode assertError(Http.Reply reply, int status, String code) {
        assertEquals(reply.body(), status, reply.status());
        assertTrue(reply.raw().headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = reply.json();
        assertEquals(reply.body(), code, body.get("error_code").asText());
        assertTrue(reply.body(), body.get("error").isTextual());
        assertTrue(reply.body(), body.get("message").isTextual());
        assertFalse(reply.body(), body.get("success").asBoolean());
        return body;
    }
}
