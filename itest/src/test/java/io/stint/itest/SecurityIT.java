package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;

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
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/** /api/v1 answers only to valid tokens with the right scope, within their rate limits, and not at all without io.stint.security. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT {

    private static final String ME = "/api/v1/users/me";

    private BundleContext context;
    private Http admin;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("security");
    }

    @Before
    public void connect() {
        context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await("/api/v1/health", 200, 30);
        admin.await("/api/v1/tokens", 200, 30);
        admin.await("/api/v1/users/me", 200, 10);
    }

    @Test
    public void noTokenIs401InTheErrorFormatWhileHealthIsOpen() {
        Http.Reply reply = admin.as(null).get(ME);
        assertError(reply, 401, "unauthorized");
        assertEquals(200, admin.as(null).get("/api/v1/health").status());
        assertEquals(200, admin.as(null).get("/api/v1/info").status());
    }

    @Test
    public void anUnknownOrMalformedTokenIs401() {
        assertError(admin.as("tt_" + "x".repeat(32)).get(ME), 401, "unauthorized");
        assertError(admin.as("not-a-token").get(ME), 401, "unauthorized");
    }

    @Test
    public void aTokenWithoutTheScopeIs403NamingWhatIsRequiredAndHeld() {
        String readProjects = createToken("read-projects", "[\"read:projects\"]");
        JsonNode body = assertError(admin.as(readProjects).get("/api/v1/tokens"), 403, "forbidden");
        assertEquals("Insufficient permissions", body.get("error").asText());
        assertEquals("read:users", body.get("required_scope").asText());
        assertEquals("read:projects", body.get("available_scopes").get(0).asText());
        assertEquals(1, body.get("available_scopes").size());
        assertEquals(200, admin.as(readProjects).get(ME).status());
    }

    @Test
    public void bearerTokenSchemeAndApiKeyHeadersAreAllAccepted() {
        String token = StintRuntime.TOKEN;
        assertEquals(200, admin.raw("GET", ME, "Authorization", "Bearer " + token).status());
        assertEquals(200, admin.raw("GET", ME, "Authorization", "bearer " + token).status());
        assertEquals(200, admin.raw("GET", ME, "Authorization", "Token " + token).status());
        assertEquals(200, admin.raw("GET", ME, "X-API-Key", token).status());
        assertEquals(200, admin.raw("GET", ME, "Authorization", "Basic dXNlcjpwdw==", "X-API-Key", token).status());
        assertEquals(401, admin.raw("GET", ME, "Authorization", "Bearer tt_" + "y".repeat(32), "X-API-Key", token).status());
    }

    @Test
    public void aCorsPreflightNeedsNoToken() {
        assertNotEquals(401, admin.raw("OPTIONS", ME, "Origin", "http://example.com",
                "Access-Control-Request-Method", "GET").status());
    }

    @Test
    public void aRevokedTokenIs401AtOnce() {
        JsonNode created = admin.postJson("/api/v1/tokens", "{\"name\": \"short-lived\", \"scopes\": [\"read:users\"]}").json();
        String token = created.get("api_token").get("token").asText();
        assertTrue(token.matches("tt_[A-Za-z0-9_-]{32}"));
        assertEquals(token.substring(0, 8), created.get("api_token").get("prefix").asText());
        assertEquals(200, admin.as(token).get(ME).status());

        long id = created.get("api_token").get("id").asLong();
        Http.Reply revoked = admin.method("DELETE", "/api/v1/tokens/" + id, java.net.http.HttpRequest.BodyPublishers.noBody());
        assertEquals(revoked.body(), 200, revoked.status());
        assertError(admin.as(token).get(ME), 401, "unauthorized");
        JsonNode listed = admin.get("/api/v1/tokens/" + id).json().get("api_token");
        assertFalse(listed.get("is_active").asBoolean());
        assertFalse("the secret is shown only once", listed.has("token"));
    }

    @Test
    public void overTheRateLimitIs429WithRetryAfterAndEveryAnswerCarriesTheLimitHeaders() throws Exception {
        ConfigurationAdmin cm = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration config = cm.getConfiguration("io.stint.security", "?");
        Dictionary<String, Object> original = config.getProperties();
        Hashtable<String, Object> low = new Hashtable<>();
        for (var keys = original.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            low.put(key, original.get(key));
        }
        low.put("rate.per.minute", "3");
        // made before the limit drops: the admin token that makes them is limited too
        String probe = createToken("probe", "[\"read:users\"]");
        String token = createToken("limited", "[\"read:users\"]");
        try {
            config.update(low);
            long deadline = System.currentTimeMillis() + 10_000;
            while (!"3".equals(admin.as(probe).get(ME).raw().headers().firstValue("X-RateLimit-Limit").orElse(""))
                    && System.currentTimeMillis() < deadline) {
                Http.sleep(50);
            }
            List<String> remaining = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                Http.Reply ok = admin.as(token).get(ME);
                assertEquals(ok.body(), 200, ok.status());
                assertEquals("3", ok.raw().headers().firstValue("X-RateLimit-Limit").orElse(""));
                assertTrue(ok.raw().headers().firstValue("X-RateLimit-Reset").orElse("").matches("\\d+"));
                remaining.add(ok.raw().headers().firstValue("X-RateLimit-Remaining").orElse(""));
            }
            assertEquals(List.of("2", "1", "0"), remaining);

            Http.Reply limited = admin.as(token).get(ME);
            JsonNode body = assertError(limited, 429, "rate_limited");
            assertTrue(limited.raw().headers().firstValue("Retry-After").orElse("").matches("\\d+"));
            assertEquals(3, body.get("limit_per_minute").asInt());
            assertEquals(1000, body.get("limit_per_hour").asInt());
            assertEquals(0, body.get("remaining_per_minute").asInt());
            assertTrue(body.get("remaining_per_hour").isIntegralNumber());
            assertEquals("0", limited.raw().headers().firstValue("X-RateLimit-Remaining").orElse(""));
        } finally {
            config.update(original);
        }
    }

    @Test
    public void loginGivesAWorkingTokenAndTheSixthFailedAttemptInAMinuteIs429() {
        String name = "login" + UUID.randomUUID().toString().substring(0, 8);
        Http.Reply created = admin.postJson("/api/v1/users", "{\"username\": \"" + name
                + "\", \"password\": \"correct-horse\", \"email\": \"" + name + "@example.com\", \"timezone\": \"Europe/Berlin\"}");
        assertEquals(created.body(), 201, created.status());
        assertEquals("Europe/Berlin", created.json().get("user").get("timezone").asText());

        Http.Reply login = admin.as(null).postJson("/api/v1/auth/login",
                "{\"username\": \"" + name + "\", \"password\": \"correct-horse\"}");
        assertEquals(login.body(), 200, login.status());
        String token = login.json().get("token").asText();
        assertTrue(token.startsWith("tt_"));
        assertEquals(name, admin.as(token).get(ME).json().get("user").get("username").asText());

        String wrong = "{\"username\": \"" + name + "\", \"password\": \"wrong-password\"}";
        for (int i = 1; i <= 5; i++) {
            assertError(admin.as(null).postJson("/api/v1/auth/login", wrong), 401, "unauthorized");
        }
        Http.Reply throttled = admin.as(null).postJson("/api/v1/auth/login", wrong);
        assertError(throttled, 429, "rate_limited");
        assertTrue(throttled.raw().headers().firstValue("Retry-After").isPresent());
    }

    @Test
    public void theApiIsGoneWhileSecurityIsStoppedAndBackWhenItStarts() throws Exception {
        Bundle security = Modules.find(context, "io.stint.security").orElseThrow();
        security.stop();
        try {
            admin.await("/api/v1/health", 404, 10);
            assertEquals(404, admin.get(ME).status());
            assertEquals("the rest of the server stays up", 200, admin.get("/health").status());
        } finally {
            security.start();
        }
        admin.await("/api/v1/health", 200, 10);
        admin.await(ME, 200, 10);
    }

    @Test
    public void theShellCommandPrintsANewTokenOnce() throws Exception {
        String printed = gogo("stint:token-create admin from-shell read:users");
        String token = printed.strip().substring(printed.strip().lastIndexOf('\n') + 1);
        assertTrue(printed, token.matches("tt_[A-Za-z0-9_-]{32}"));
        assertEquals(200, admin.as(token).get("/api/v1/tokens").status());
        JsonNode refused = assertError(admin.as(token).postJson("/api/v1/users", "{}"), 403, "forbidden");
        assertEquals("write:users", refused.get("required_scope").asText());
    }

    /** Runs a command in the runtime's Gogo shell (reflectively: the tests do not compile against Gogo). */
    private String gogo(String command) throws Exception {
        var ref = context.getServiceReference("org.apache.felix.service.command.CommandProcessor");
        Object processor = context.getService(ref);
        Class<?> type = ref.getBundle().loadClass("org.apache.felix.service.command.CommandProcessor");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        Object session = type.getMethod("createSession", java.io.InputStream.class, java.io.OutputStream.class,
                java.io.OutputStream.class).invoke(processor, new java.io.ByteArrayInputStream(new byte[0]), out, out);
        Class<?> sessionType = ref.getBundle().loadClass("org.apache.felix.service.command.CommandSession");
        Object result = sessionType.getMethod("execute", CharSequence.class).invoke(session, command);
        sessionType.getMethod("close").invoke(session);
        return String.valueOf(result) + out;
    }

    private String createToken(String name, String scopes) {
        Http.Reply reply = admin.postJson("/api/v1/tokens", "{\"name\": \"" + name + "\", \"scopes\": " + scopes + "}");
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("api_token").get("token").asText();
    }

    private static JsonNode assertError(Http.Reply reply, int status, String code) {
        assertEquals(reply.body(), status, reply.status());
        JsonNode body = reply.json();
        assertEquals(reply.body(), code, body.get("error_code").asText());
        assertTrue(reply.body(), body.get("error").isTextual());
        assertTrue(reply.body(), body.get("message").isTextual());
        return body;
    }
}
