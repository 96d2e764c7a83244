package io.stint.itest;

import static org.junit.Assert.assertEquals;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.UUID;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/** Users and tokens made through the API by the bootstrap admin, for tests that need several callers. */
final class Accounts {

    private final Http admin;

    Accounts(Http admin) {
        this.admin = admin;
    }

    /** A user made by the admin. */
    record Account(long id, String username, Http http) {
    }

    /** A new user of role {@code user} in {@code zone}, calling with a token holding {@code scopes}. */
    Account user(String zone, String... scopes) {
        String name = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Http.Reply created = admin.postJson("/api/v1/users", "{\"username\": \"" + name
                + "\", \"password\": \"long-enough-secret\", \"timezone\": \"" + zone + "\"}");
        assertEquals(created.body(), 201, created.status());
        long id = created.json().get("user").get("id").asLong();
        return new Account(id, name, admin.as(token(id, scopes)));
    }

    /** A new token of user {@code userId} holding {@code scopes}. */
    String token(long userId, String... scopes) {
        StringBuilder list = new StringBuilder();
        for (String scope : scopes) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(scope).append('"');
        }
        Http.Reply reply = admin.postJson("/api/v1/tokens", "{\"name\": \"test\", \"scopes\": [" + list
                + "], \"user_id\": " + userId + "}");
        assertEquals(reply.body(), 201, reply.status());
        return reply.json().get("api_token").get("token").asText();
    }

    /** Lifts the per-token rate limits out of the way of a test that makes many requests. */
    static void liftRateLimits(BundleContext context, Http admin) throws Exception {
        ConfigurationAdmin cm = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration config = cm.getConfiguration("io.stint.security", "?");
        Dictionary<String, Object> properties = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
        if ("1000000".equals(String.valueOf(properties.get("rate.per.minute")))) {
            return;
        }
        properties.put("rate.per.minute", "1000000");
        properties.put("rate.per.hour", "10000000");
        config.update(properties);
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            Http.Reply me = admin.get("/api/v1/users/me");
            if ("1000000".equals(me.raw().headers().firstValue("X-RateLimit-Limit").orElse(""))) {
                return;
            }
            Http.sleep(50);
        }
        throw new AssertionError("the raised rate limit did not take effect");
    }

    /** The error body of {@code reply}, after checking its status, code and format. */
    static JsonNode error(Http.Reply reply, int status, String code) {
        assertEquals(reply.body(), status, reply.status());
        JsonNode body = reply.json();
        assertEquals(reply.body(), code, body.path("error_code").asText());
        assertEquals(reply.body(), true, body.path("error").isTextual() && body.path("message").isTextual());
        return body;
    }
}
