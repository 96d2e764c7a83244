package io.stint.itest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Signing in and out of the UI, the session cookie it rests on, and the API tokens page. */
class SignInIT {

    static StintServer server;

    @BeforeAll
    static void start() throws Exception {
        server = StintServer.start("sign-in", Map.of());
        server.createUser("dana", "dana-long-password", false);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageAndNoSession() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.go("/");
            browser.field("Username").sendKeys("dana");
            browser.field("Password").sendKeys("not-her-password");
            browser.button("Sign in").click();
            browser.waitForText(By.id("sign-in-error"), "nvalid");
            assertEquals(null, browser.driver.manage().getCookieNamed("stint_session"));
            assertTrue(browser.driver.findElement(By.id("top")).getAttribute("hidden") != null);
        }
    }

    @Test
    void signingInSetsAnHttpOnlyStrictCookieAndShowsTheMenu() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("dana", "dana-long-password");
            Cookie cookie = browser.driver.manage().getCookieNamed("stint_session");
            assertTrue(cookie.isHttpOnly());
            assertEquals("Strict", cookie.getSameSite());
            // Page script cannot read it.
            assertFalse(String.valueOf(browser.driver.executeScript("return document.cookie")).contains("stint_session"));
            assertTrue(browser.menu().containsAll(java.util.List.of("timer", "timesheet", "tokens")), browser.menu().toString());
            // Not an admin: no modules page.
            assertFalse(browser.menu().contains("modules"));
            browser.screenshot("signed-in");

            browser.button("Sign out").click();
            browser.waitFor(By.cssSelector("form.sign-in"));
            browser.go("/#/timesheet");
            browser.waitFor(By.cssSelector("form.sign-in"));
            assertEquals(null, browser.driver.manage().getCookieNamed("stint_session"));
        }
    }

    @Test
    void aTokenIsCreatedWithScopesShownOnceAndRevoked() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("dana", "dana-long-password");
            browser.go("/#/tokens");
            browser.field("Name").sendKeys("laptop script");
            browser.driver.findElement(By.cssSelector("input[value='write:time_entries']")).click();
            browser.button("Create token").click();
            String secret = browser.waitFor(By.id("new-token-secret")).getText();
            assertTrue(secret.matches("tt_[A-Za-z0-9_-]{32}"), secret);
            browser.waitForText(By.cssSelector("table"), "laptop script");
            browser.screenshot("tokens");
            // The new token works against the API, with the chosen scopes.
            var reply = server.send("GET", "/api/v1/time-entries", null);
            assertEquals(200, reply.statusCode());
            assertEquals(200, bearer(secret, "/api/v1/time-entries"));
            assertEquals(403, bearer(secret, "/api/v1/projects"));

            browser.button("Revoke token laptop script").click();
            browser.confirm();
            browser.waitForText(By.cssSelector("table"), "revoked or expired");
            assertEquals(401, bearer(secret, "/api/v1/time-entries"));
        }
    }

    @Test
    void thePageAndItsFilesAreServedWithAStrictPolicyAndNothingElseIs() throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var page = client.send(java.net.http.HttpRequest.newBuilder(server.uri("/")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("/ui/js/app.js"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        var script = client.send(java.net.http.HttpRequest.newBuilder(server.uri("/ui/js/app.js")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(200, script.statusCode());
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        for (String path : new String[] { "/ui/js/missing.js", "/ui/%2e%2e/etc/passwd", "/ui/..%2f..%2fetc/passwd",
                "/ui/META-INF/MANIFEST.MF" }) {
            var reply = client.send(java.net.http.HttpRequest.newBuilder(server.uri(path)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertTrue(reply.statusCode() == 404 || reply.statusCode() == 400, path + " answered " + reply.statusCode());
            assertFalse(reply.body().contains("Manifest-Version"), path);
        }
    }

    private static int bearer(String token, String path) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + token).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
