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
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/** Reviewing a day of captured activity: the timeline, reassigning and locking blocks. */
class ActivityReviewIT {

    static final String DAY = "2026-01-15";
    static StintServer server;
    static long acme;
    static JsonNode blocks;

    @BeforeAll
    static void start() throws Exception {
        server = StintServer.start("activity-review", Map.of());
        Seed.adminCanSignIn(server);
        acme = Seed.profile(server, "Acme Corp", "Bookkeeping", "Acme bookkeeping");
        blocks = Seed.windows(server, DAY,
                new Seed.Window("09:00", 25, "EXCEL.EXE", "Budget 2026.xlsx"),
                new Seed.Window("09:45", 20, "firefox", "Pull requests"),
                new Seed.Window("10:20", 15, "Zoom", "Daily standup"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static WebElement timelineBlock(Browser browser, long id) {
        return browser.waitFor(By.cssSelector("button.block[data-block-id='" + id + "']"));
    }

    @Test
    void aBlockReassignedOnTheTimelineTakesTheProfilesColourAndTheApiKeepsIt() throws Exception {
        long zoom = Seed.block(blocks, "Zoom").path("id").asLong();
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/activity?date=" + DAY);
            WebElement block = timelineBlock(browser, zoom);
            // unassigned and LOW: striped, badged, and said so in its name
            assertTrue(block.getAttribute("class").contains("unassigned"), block.getAttribute("class"));
            assertTrue(block.getText().contains("Unassigned") && block.getText().contains("LOW"), block.getText());
            assertTrue(block.getAttribute("aria-label").contains("low confidence"), block.getAttribute("aria-label"));
            assertEquals(3, browser.driver.findElements(By.cssSelector("button.block")).size());

            block.click();
            assertEquals("true", block.getAttribute("aria-pressed"));
            assertTrue(browser.driver.findElement(By.id("block-check-" + zoom)).isSelected(), "the table follows the timeline");
            browser.waitForText(By.id("selection-count"), "1 block selected");
            new Select(browser.field("Profile")).selectByVisibleText("Acme bookkeeping");
            browser.button("Reassign").click();

            browser.waitUntil(d -> String.valueOf(acme).equals(timelineBlock(browser, zoom).getAttribute("data-profile-id")), 15);
            WebElement after = timelineBlock(browser, zoom);
            assertTrue(after.getText().contains("Acme bookkeeping"), after.getText());
            assertFalse(after.getAttribute("class").contains("unassigned"));
            assertFalse(after.getAttribute("class").contains("low"), "a person's choice is HIGH confidence");
            assertFalse(after.getCssValue("background-color").isBlank());
            browser.waitForText(By.cssSelector("tr[data-block-row='" + zoom + "']"), "Acme bookkeeping");
            assertTrue(browser.driver.findElement(By.cssSelector(".legend")).getText().contains("Acme bookkeeping"));

            JsonNode stored = Seed.block(server, zoom);
            assertEquals(acme, stored.path("profile_id").asLong());
            assertEquals("USER", stored.path("assigned_by").asText());
            browser.driver.executeScript("window.scrollTo(0, 0)");
            browser.screenshot("activity");
        }
    }

    @Test
    void aSelectedBlockIsLockedAndGetsNotes() throws Exception {
        long excel = Seed.block(blocks, "EXCEL.EXE").path("id").asLong();
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/activity?date=" + DAY);
            browser.waitFor(By.id("block-check-" + excel)).click();
            assertEquals("true", timelineBlock(browser, excel).getAttribute("aria-pressed"), "the timeline follows the table");
            browser.button("Lock").click();
            browser.waitForText(By.cssSelector("tr[data-block-row='" + excel + "']"), "locked");
            assertTrue(Seed.block(server, excel).path("locked").asBoolean());
            assertTrue(timelineBlock(browser, excel).getAttribute("aria-label").contains("locked"));

            WebElement notes = browser.field("Notes");
            notes.clear();
            notes.sendKeys("Quarterly budget review");
            browser.button("Save notes").click();
            browser.waitForText(By.cssSelector("tr[data-block-row='" + excel + "']"), "Quarterly budget review");
            assertEquals("Quarterly budget review", Seed.block(server, excel).path("notes").asText());
        }
    }

    @Test
    void theDayReadsAtPhoneWidth() throws Exception {
        try (Browser browser = Browser.open(server)) {
            // signed in at laptop width (the menu is then visible), then shown as a phone's 390 x 844
            // screen (a desktop window cannot be made that narrow)
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
            browser.go("/#/activity?date=" + DAY);
            browser.waitFor(By.cssSelector("button.block"));
            browser.waitFor(By.cssSelector("table.stack"));
            Number scrollWidth = (Number) browser.driver.executeScript("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth.intValue() <= 390, "no sideways scrolling at 390 px: " + scrollWidth);
            browser.driver.executeScript("window.scrollTo(0, 0)");
            browser.screenshot("activity-phone");
        }
    }
}
