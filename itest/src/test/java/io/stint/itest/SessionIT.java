package io.stint.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

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
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web UI's browser sessions over real HTTP: sign-in sets an HttpOnly, SameSite=Strict cookie and
 * answers a csrf token; the cookie alone authenticates reads, changes also need the csrf token and
 * must not come from another site; sign-out ends it; one user's session sees nothing of another's.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SessionIT {

    private static final String SESSION = "/api/v1/auth/session";
    private static final String ME = "/api/v1/users/me";
    private static final String PASSWORD = "long-enough-secret";

    private Http admin;
    private Http anonymous;
    private Accounts accounts;
    private String origin;

    @Configuration
    public Option[] config() {
        return StintRuntime.fresh("session");
    }

    @Before
    public void connect() {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        admin = new Http(context);
        admin.await("/api/v1/health", 200, 30);
        admin.await("/api/v1/clients", 200, 30);
        admin.await("/api/v1/time-entries", 200, 30);
        admin.await(ME, 200, 10);
        anonymous = admin.as(null);
        accounts = new Accounts(admin);
        origin = "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
    }

    /** A signed-in browser: its cookie's value and csrf token. */
    private record Browser(String cookie, String csrf, JsonNode body, String setCookie) {
        String[] headers(String... more) {
            String[] all = new String[more.length + 2];
            all[0] = "Cookie";
            all[1] = "stint_session=" + cookie;
            System.arraycopy(more, 0, all, 2, more.length);
            return all;
        }
    }

    private Browser signIn(String username) {
        Http.Reply reply = anonymous.postJson(SESSION, "{\"username\": \"" + username + "\", \"password\": \"" + PASSWORD + "\"}");
        assertEquals(reply.body(), 200, reply.status());
        String setCookie = reply.raw().headers().firstValue("Set-Cookie").orElseThrow();
        String cookie = setCookie.substring("stint_session=".length(), setCookie.indexOf(';'));
        return new Browser(cookie, reply.json().get("csrf_token").asText(), reply.json(), setCookie);
    }

    private Http.Reply get(Browser browser, String path) {
        return anonymous.raw("GET", path, browser.headers());
    }

    private Http.Reply send(Browser browser, String method, String path, String json, String... headers) {
        return anonymous.jsonWith(method, path, json, browser.headers(headers));
    }

    private static String unique(String what) {
        return what + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    public void signingInSetsAnHttpOnlySameSiteStrictCookieAndAnswersTheUserAndACsrfToken() {
        Accounts.Account alice = accounts.user("Europe/Berlin", "read:users");
        Browser browser = signIn(alice.username());
        assertTrue(browser.setCookie(), browser.setCookie().matches(
                "stint_session=tt_[A-Za-z0-9_-]{32}; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200"));
        assertEquals(alice.username(), browser.body().get("user").get("username").asText());
        assertEquals(alice.id(), browser.body().get("user").get("id").asLong());
        assertEquals("Europe/Berlin", browser.body().get("user").get("timezone").asText());
        assertTrue(browser.csrf(), browser.csrf().matches("[A-Za-z0-9_-]{43}"));
        assertTrue(browser.body().get("expires_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"));

        Http.Reply current = get(browser, SESSION);
        assertEquals(current.body(), 200, current.status());
        assertEquals(browser.csrf(), current.json().get("csrf_token").asText());
        assertEquals(browser.body().get("user"), current.json().get("user"));
    }

    @Test
    public void theCookieAloneAuthenticatesAReadWithTheSessionsOwnRateLimit() {
        Accounts.Account alice = accounts.user("UTC", "read:users");
        Browser browser = signIn(alice.username());
        Http.Reply me = get(browser, ME);
        assertEquals(me.body(), 200, me.status());
        assertEquals(alice.username(), me.json().get("user").get("username").asText());
        assertEquals("600", me.raw().headers().firstValue("X-RateLimit-Limit").orElse(""));
        assertEquals("an API token keeps its own limit", "100",
                alice.http().get(ME).raw().headers().firstValue("X-RateLimit-Limit").orElse(""));
    }

    @Test
    public void aChangeWithTheCookieButNoOrAWrongCsrfTokenIs403AndChangesNothing() {
        Browser browser = signIn(accounts.user("UTC", "read:users").username());
        String name = unique("Forged");
        String body = "{\"name\": \"" + name + "\"}";
        Accounts.error(send(browser, "POST", "/api/v1/clients", body), 403, "csrf_failed");
        Accounts.error(send(browser, "POST", "/api/v1/clients", body, "X-CSRF-Token", "x" + browser.csrf().substring(1)),
                403, "csrf_failed");
        Accounts.error(send(browser, "POST", "/api/v1/clients", body, "X-CSRF-Token", browser.cookie()), 403, "csrf_failed");
        assertFalse("nothing was created", admin.get("/api/v1/clients?per_page=100").body().contains(name));
    }

    @Test
    public void aChangeWithTheCookieAndItsCsrfTokenIsMade() {
        Browser browser = signIn(accounts.user("UTC", "read:users").username());
        String name = unique("Acme");
        Http.Reply made = send(browser, "POST", "/api/v1/clients", "{\"name\": \"" + name + "\"}",
                "X-CSRF-Token", browser.csrf(), "Origin", origin);
        assertEquals(made.body(), 201, made.status());
        assertEquals(name, made.json().get("client").get("name").asText());
    }

    @Test
    public void aChangeFromAnotherSiteIs403EvenWithTheCsrfToken() {
        Browser browser = signIn(accounts.user("UTC", "read:users").username());
        String name = unique("Cross");
        Accounts.error(send(browser, "POST", "/api/v1/clients", "{\"name\": \"" + name + "\"}",
                "X-CSRF-Token", browser.csrf(), "Origin", "http://evil.example"), 403, "csrf_failed");
        Accounts.error(send(browser, "POST", "/api/v1/clients", "{\"name\": \"" + name + "\"}",
                "X-CSRF-Token", browser.csrf(), "Origin", "http://127.0.0.1:1"), 403, "csrf_failed");
        assertFalse(admin.get("/api/v1/clients?per_page=100").body().contains(name));
        Http.Reply signIn = anonymous.jsonWith("POST", SESSION, "{\"username\": \"admin\", \"password\": \"x\"}",
                "Origin", "http://evil.example");
        Accounts.error(signIn, 403, "csrf_failed");
    }

    @Test
    public void tokenHeadersNeedNoCsrfTokenAndWinOverTheCookie() {
        Accounts.Account alice = accounts.user("UTC", "read:users");
        Accounts.Account bob = accounts.user("UTC", "read:clients", "write:clients");
        Browser browser = signIn(alice.username());
        Http.Reply made = anonymous.jsonWith("POST", "/api/v1/clients", "{\"name\": \"" + unique("Header") + "\"}",
                browser.headers("Authorization", "Bearer " + bob.http().token()));
        assertEquals(made.body(), 201, made.status());
        Http.Reply me = anonymous.raw("GET", ME, browser.headers("Authorization", "Bearer " + bob.http().token()));
        assertEquals(bob.username(), me.json().get("user").get("username").asText());
        Accounts.error(bob.http().get(SESSION), 401, "unauthorized");
    }

    @Test
    public void signingOutNeedsTheCsrfTokenThenEndsTheSessionAndClearsTheCookie() {
        Browser browser = signIn(accounts.user("UTC", "read:users").username());
        Accounts.error(send(browser, "DELETE", SESSION, ""), 403, "csrf_failed");
        assertEquals(200, get(browser, ME).status());

        Http.Reply out = anonymous.raw("DELETE", SESSION, browser.headers("X-CSRF-Token", browser.csrf()));
        assertEquals(out.body(), 204, out.status());
        assertEquals("stint_session=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0",
                out.raw().headers().firstValue("Set-Cookie").orElse(""));
        Accounts.error(get(browser, ME), 401, "unauthorized");
        Accounts.error(get(browser, SESSION), 401, "unauthorized");
        Accounts.error(send(browser, "POST", "/api/v1/clients", "{\"name\": \"" + unique("Late") + "\"}",
                "X-CSRF-Token", browser.csrf()), 401, "unauthorized");
    }

    @Test
    public void aWrongPasswordOrNoCookieIs401AndSetsNoCookie() {
        Accounts.Account alice = accounts.user("UTC", "read:users");
        Http.Reply wrong = anonymous.postJson(SESSION, "{\"username\": \"" + alice.username() + "\", \"password\": \"nope\"}");
        Accounts.error(wrong, 401, "unauthorized");
        assertTrue(wrong.raw().headers().allValues("Set-Cookie").isEmpty());
        Accounts.error(anonymous.get(SESSION), 401, "unauthorized");
        Accounts.error(anonymous.raw("GET", ME, "Cookie", "stint_session=tt_" + "Q".repeat(32)), 401, "unauthorized");
        Accounts.error(anonymous.raw("GET", ME, "Cookie", "stint_session=" + alice.http().token()), 401, "unauthorized");
    }

    @Test
    public void aSessionIsNotAmongTheUsersApiTokens() {
        Accounts.Account alice = accounts.user("UTC", "read:users");
        Browser browser = signIn(alice.username());
        Http.Reply tokens = get(browser, "/api/v1/tokens");
        assertEquals(tokens.body(), 200, tokens.status());
        assertEquals(1, tokens.json().get("api_tokens").size());
        assertEquals("test", tokens.json().get("api_tokens").get(0).get("name").asText());
    }

    @Test
    public void anotherUsersSessionCannotReadTheFirstUsersTimeEntries() {
        long project = admin.postJson("/api/v1/projects", "{\"name\": \"" + unique("Shared") + "\"}")
                .json().get("project").get("id").asLong();
        Browser alice = signIn(accounts.user("UTC", "read:users").username());
        Browser bob = signIn(accounts.user("UTC", "read:users").username());
        Http.Reply made = send(alice, "POST", "/api/v1/time-entries", "{\"project_id\": " + project
                + ", \"start_time\": \"2026-03-02T09:00:00\", \"end_time\": \"2026-03-02T10:00:00\", \"notes\": \"mine\"}",
                "X-CSRF-Token", alice.csrf());
        assertEquals(made.body(), 201, made.status());
        String entry = "/api/v1/time-entries/" + made.json().get("time_entry").get("id").asLong();

        assertEquals(200, get(alice, entry).status());
        Accounts.error(get(bob, entry), 404, "not_found");
        Accounts.error(send(bob, "DELETE", entry, "", "X-CSRF-Token", bob.csrf()), 404, "not_found");
        Accounts.error(send(bob, "PATCH", entry, "{\"notes\": \"theirs\"}", "X-CSRF-Token", alice.csrf()), 403,
                "csrf_failed");
        assertEquals(0, get(bob, "/api/v1/time-entries").json().get("time_entries").size());
        assertEquals("mine", get(alice, entry).json().get("time_entry").get("notes").asText());
        assertFalse(List.of(alice.cookie(), alice.csrf()).contains(bob.csrf()));
    }
}
