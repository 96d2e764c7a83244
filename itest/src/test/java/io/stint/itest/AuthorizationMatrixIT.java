package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Walks every live route of /api/v1 (as the runtime's OpenAPI document lists them) with no token, a
 * bad token, a token without the route's scope and one with it; and checks that one user's objects
 * are invisible to another.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AuthorizationMatrixIT {

    /** The only operations that answer without a token. */
    private static final Set<String> OPEN = Set.of("GET /health", "GET /info", "POST /auth/login", "POST /auth/session");
    /** Operations any valid token may call: a client with a narrow token still reads its own user, or signs out. */
    private static final Set<String> ANY_TOKEN = Set.of("GET /users/me", "DELETE /auth/session");
    /** Operations that answer only a browser session's cookie: a token header is no session, so 401. */
    private static final Set<String> SESSION_ONLY = Set.of("GET /auth/session");

    private Http admin;
    private Accounts accounts;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("matrix");
    }

    @Before
    public void connect() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await("/api/v1/time-entries", 200, 30);
        admin.await("/api/v1/expenses", 200, 10);
        // every module's routes are up: the walk must not meet the whiteboard rebuilding an application
        admin.await("/api/v1/blocks", 200, 30);
        admin.await("/api/v1/tracking/status", 200, 10);
        admin.await("/api/0/info", 200, 10);
        admin.await("/api/v1/profiles", 200, 10);
        admin.await("/api/v1/rules", 200, 10);
        admin.await("/api/v1/invoices", 200, 10);
        admin.await("/api/v1/exports", 200, 10);
        admin.await("/api/v1/admin/modules", 200, 10);
        Accounts.liftRateLimits(context, admin);
        accounts = new Accounts(admin);
    }

    @Test
    public void onlyHealthInfoAndLoginAnswerWithoutAToken() {
        List<String> operations = operations();
        assertTrue("the walk covers the tracking routes: " + operations, operations.size() > 40);
        Set<String> open = new TreeSet<>();
        for (String op : operations) {
            Http.Reply reply = call(admin.as(null), op);
            if (reply.status() == 401) {
                Accounts.error(reply, 401, "unauthorized");
            } else {
                open.add(op);
            }
        }
        assertEquals(new TreeSet<>(OPEN), open);
    }

    @Test
    public void aTokenThatDoesNotExistIsRefusedEverywhereButTheOpenRoutes() {
        Http stranger = admin.as("tt_" + "Z".repeat(32));
        for (String op : operations()) {
            if (!OPEN.contains(op)) {
                Accounts.error(call(stranger, op), 401, "unauthorized");
            }
        }
    }

    @Test
    public void everyOtherRouteDemandsAScopeOfItsKindAndAnswersATokenHoldingIt() {
        // a scope no route asks for yet: every route but the any-token ones must refuse it
        Accounts.Account bob = accounts.user("UTC", "write:reports");
        Map<String, List<String>> byScope = new TreeMap<>();
        Set<String> anyToken = new TreeSet<>();
        for (String op : operations()) {
            if (OPEN.contains(op)) {
                continue;
            }
            Http.Reply reply = call(bob.http(), op);
            if (SESSION_ONLY.contains(op)) {
                Accounts.error(reply, 401, "unauthorized");
                continue;
            }
            if (reply.status() != 403) {
                assertNotEquals(op, 401, reply.status());
                anyToken.add(op);
                continue;
            }
            JsonNode refused = Accounts.error(reply, 403, "forbidden");
            String scope = refused.get("required_scope").asText();
            assertEquals(op, "[\"write:reports\"]", refused.get("available_scopes").toString());
            String kind = op.startsWith("GET ") ? "read:" : "write:";
            assertTrue(op + " requires " + scope, scope.startsWith(kind) || scope.equals("admin:all"));
            byScope.computeIfAbsent(scope, s -> new ArrayList<>()).add(op);
        }
        assertEquals(ANY_TOKEN, anyToken);
        assertTrue(byScope.keySet().containsAll(Set.of("read:time_entries", "write:time_entries", "read:projects",
                "write:projects", "read:clients", "write:clients", "read:tasks", "write:tasks", "read:expenses",
                "write:expenses", "read:reports", "read:users", "write:users", "read:ai", "write:ai", "read:rules", "write:rules",
                "read:profiles", "write:profiles", "read:blocks", "write:blocks", "read:invoices", "write:invoices",
                "read:exports", "write:exports", "admin:all")));

        for (Map.Entry<String, List<String>> scope : byScope.entrySet()) {
            // only an admin may hold admin:all: the bootstrap admin's token stands in for bob's
            Http holder = "admin:all".equals(scope.getKey()) ? admin : admin.as(accounts.token(bob.id(), scope.getKey()));
            for (String op : scope.getValue()) {
                Http.Reply reply = call(holder, op);
                assertNotEquals(op + ": " + reply.body(), 401, reply.status());
                assertFalse(op + " with " + scope.getKey() + ": " + reply.body(), reply.status() == 403
                        && scope.getKey().equals(reply.json().path("required_scope").asText()));
                assertTrue(op + " must not fail inside: " + reply.body(), reply.status() < 500);
            }
        }
    }

    @Test
    public void anotherUsersObjectsAnswer404AndStayAsTheyWere() {
        long project = admin.postJson("/api/v1/projects", "{\"name\": \"Shared " + System.nanoTime() + "\"}")
                .json().get("project").get("id").asLong();
        Accounts.Account alice = accounts.user("UTC", "read:*", "write:*");
        Accounts.Account bob = accounts.user("UTC", "read:*", "write:*");

        Http.Reply made = alice.http().postJson("/api/v1/time-entries", "{\"project_id\": " + project
                + ", \"start_time\": \"2026-03-02T09:00:00\", \"end_time\": \"2026-03-02T10:00:00\", \"notes\": \"mine\"}");
        assertEquals(made.body(), 201, made.status());
        long entry = made.json().get("time_entry").get("id").asLong();
        Http.Reply spent = alice.http().postJson("/api/v1/expenses", "{\"title\": \"Train\", \"category\": \"travel\","
                + " \"amount\": 42.5, \"expense_date\": \"2026-03-02\"}");
        assertEquals(spent.body(), 201, spent.status());
        long expense = spent.json().get("expense").get("id").asLong();
        assertEquals(201, alice.http().postJson("/api/v1/timer/start", "{\"project_id\": " + project + "}").status());
        long aliceToken = alice.http().get("/api/v1/tokens").json().get("api_tokens").get(0).get("id").asLong();

        Http b = bob.http();
        String e = "/api/v1/time-entries/" + entry;
        String x = "/api/v1/expenses/" + expense;
        for (Http.Reply reply : List.of(b.get(e), b.json("PUT", e, "{\"notes\": \"theirs\"}"),
                b.json("PATCH", e, "{\"notes\": \"theirs\"}"), b.delete(e),
                b.get("/api/v1/time-entries?user_id=" + alice.id()),
                b.postJson("/api/v1/time-entries/bulk", "{\"entry_ids\": [" + entry + "], \"action\": \"delete\"}"),
                b.get(x), b.json("PUT", x, "{\"title\": \"Taxi\"}"), b.json("PATCH", x, "{\"title\": \"Taxi\"}"), b.delete(x),
                b.get("/api/v1/expenses?user_id=" + alice.id()),
                b.get("/api/v1/users/" + alice.id()), b.json("PATCH", "/api/v1/users/" + alice.id(), "{\"full_name\": \"X\"}"),
                b.get("/api/v1/tokens/" + aliceToken), b.delete("/api/v1/tokens/" + aliceToken))) {
            Accounts.error(reply, 404, "not_found");
        }
        JsonNode bobsList = b.get("/api/v1/time-entries?include_active=true").json().get("time_entries");
        assertEquals("bob lists none of alice's entries", 0, bobsList.size());
        assertEquals(0, b.get("/api/v1/expenses").json().get("expenses").size());
        assertFalse(b.get("/api/v1/timer/status").json().get("active").asBoolean());
        Accounts.error(b.postJson("/api/v1/timer/stop", "{}"), 400, "no_active_timer");

        JsonNode kept = alice.http().get(e).json().get("time_entry");
        assertEquals("mine", kept.get("notes").asText());
        assertEquals("pending", alice.http().get(x).json().get("expense").get("status").asText());
        assertEquals("Train", alice.http().get(x).json().get("expense").get("title").asText());
        assertTrue(alice.http().get("/api/v1/timer/status").json().get("active").asBoolean());
        assertEquals(200, alice.http().get("/api/v1/users/me").status());
        assertEquals("an admin sees alice's entry", 200, admin.get(e).status());
    }

    /** "VERB /path" of every operation in the live document, path parameters as a number. */
    private List<String> operations() {
        JsonNode paths = admin.get("/api/openapi.json").json().get("paths");
        List<String> operations = new ArrayList<>();
        for (Iterator<String> it = paths.fieldNames(); it.hasNext();) {
            String path = it.next();
            for (Iterator<String> verbs = paths.get(path).fieldNames(); verbs.hasNext();) {
                String verb = verbs.next();
                if (Set.of("get", "post", "put", "patch", "delete").contains(verb)) {
                    operations.add(verb.toUpperCase() + " " + path);
                }
            }
        }
        return operations;
    }

    private static Http.Reply call(Http http, String operation) {
        String verb = operation.substring(0, operation.indexOf(' '));
        String path = "/api/v1" + operation.substring(verb.length() + 1).replaceAll("\\{[^}]+}", "999999");
        return switch (verb) {
            case "GET" -> http.get(path);
            case "DELETE" -> http.delete(path);
            default -> http.json(verb, path, "{}");
        };
    }
}
