package io.stint.itest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Modules page with module management on: stopping the rules module takes its menu entry and
 * page away, starting it brings them back. With management off the buttons are off and say why.
 * The assistant page says when no AI provider is running.
 */
class ModulesUiIT {

    static StintServer server;

    @BeforeAll
    static void start() throws Exception {
        server = StintServer.start("modules-ui", Map.of("io.stint.admin.cfg", "enabled=true\n"));
        Seed.adminCanSignIn(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** A condition on elements that the page may be redrawing: false until it holds on a settled page. */
    private static boolean settled(java.util.function.BooleanSupplier condition) {
        try {
            return condition.getAsBoolean();
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.TimeoutException redrawn) {
            return false;
        }
    }

    private static WebElement row(Browser browser, String module) {
        return browser.waitFor(By.cssSelector("tr[data-module='" + module + "']"));
    }

    @Test
    void withoutTheWebModuleThePageIsGoneAndTheApiCarriesOn() throws Exception {
        long web = server.bundleId("io.stint.web");
        server.post("/api/v1/admin/modules/" + web + "/stop", null);
        try {
            assertEquals(404, server.send("GET", "/", null).statusCode());
            assertEquals(404, server.send("GET", "/ui/js/app.js", null).statusCode());
            assertEquals(200, server.send("GET", "/api/v1/time-entries", null).statusCode());
        } finally {
            server.post("/api/v1/admin/modules/" + web + "/start", null);
        }
        assertEquals(200, server.send("GET", "/", null).statusCode());
    }

    @Test
    void stoppingTheRulesModuleTakesItsPageAwayAndStartingItBringsItBack() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            assertTrue(browser.menu().contains("rules"), browser.menu().toString());
            browser.go("/#/modules");
            assertEquals("ACTIVE", row(browser, "io.stint.rules").getAttribute("data-state"));
            browser.driver.executeScript("window.scrollTo(0, 0)");
            browser.screenshot("modules");

            browser.button("Stop io.stint.rules").click();
            browser.confirm();
            browser.waitUntil(d -> settled(() -> !"ACTIVE".equals(row(browser, "io.stint.rules").getAttribute("data-state"))), 30);
            browser.waitUntil(d -> settled(() -> !browser.menu().contains("rules")), 20);
            assertEquals(404, server.send("GET", "/api/v1/rules", null).statusCode());
            browser.go("/#/rules");
            browser.waitForText(By.cssSelector("[data-unavailable='rules']"), "not installed or not running");

            browser.go("/#/modules");
            browser.button("Start io.stint.rules").click();
            browser.waitUntil(d -> settled(() -> "ACTIVE".equals(row(browser, "io.stint.rules").getAttribute("data-state"))), 30);
            browser.waitUntil(d -> settled(() -> browser.menu().contains("rules")), 20);
            browser.go("/#/rules");
            browser.waitFor(By.cssSelector("section[data-page='rules']"));
            assertEquals(200, server.send("GET", "/api/v1/rules", null).statusCode());
        }
    }

    @Test
    void withTheRendererStoppedDownloadingAnInvoiceSaysWhy() throws Exception {
        long client = server.post("/api/v1/clients", Map.of("name", "Soylent")).path("client").path("id").asLong();
        long invoice = server.post("/api/v1/invoices", Map.of("client_id", client, "items",
                java.util.List.of(Map.of("description", "Tasting", "quantity", 2, "unit_price", 30)))).path("invoice").path("id").asLong();
        long renderer = server.bundleId("io.stint.invoice.pdf");
        server.post("/api/v1/admin/modules/" + renderer + "/stop", null);
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/invoices?id=" + invoice);
            browser.button("Download PDF").click();
            browser.waitForText(By.cssSelector(".notice.error"), "No invoice renderer is running");
        } finally {
            server.post("/api/v1/admin/modules/" + renderer + "/start", null);
        }
    }

    @Test
    void theAssistantSaysWhenNoProviderIsRunning() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/assistant");
            browser.waitForText(By.id("no-provider"), "No AI provider is running");
            assertFalse(browser.field("Message").isEnabled());
            assertFalse(browser.driver.findElement(By.xpath("//button[normalize-space(.)='Send']")).isEnabled());
            browser.driver.executeScript("window.scrollTo(0, 0)");
            browser.screenshot("assistant");
        }
    }

    @Test
    void withManagementDisabledTheButtonsAreOffAndThePageSaysWhy() throws Exception {
        try (StintServer locked = StintServer.start("modules-ui-locked", Map.of());
                Browser browser = Browser.open(locked)) {
            Seed.adminCanSignIn(locked);
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/modules");
            browser.waitForText(By.id("management-disabled"), "Module management is disabled");
            WebElement stop = browser.waitFor(By.xpath("//button[@aria-label='Stop io.stint.rules']"));
            assertFalse(stop.isEnabled());
            assertEquals(403, locked.send("POST", "/api/v1/admin/modules/" + locked.bundleId("io.stint.rules") + "/stop", null)
                    .statusCode());
        }
    }
}
