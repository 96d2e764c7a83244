package io.stint.itest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/** Writing an assignment rule in the UI: preview, save, re-run on history, and its effect on blocks. */
class RulesUiIT {

    static final String DAY = "2026-02-10";
    static StintServer server;
    static long leisure;
    static JsonNode blocks;

    @BeforeAll
    static void start() throws Exception {
        server = StintServer.start("rules-ui", Map.of());
        Seed.adminCanSignIn(server);
        leisure = Seed.profile(server, "Leisure Ltd", "Breaks", "Leisure breaks");
        blocks = Seed.windows(server, DAY,
                new Seed.Window("09:00", 30, "WINWORD.EXE", "Contract draft.docx"),
                new Seed.Window("10:00", 10, "Solitaire", "Klondike game"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aRulePreviewedThenSavedAndReRunAssignsTheMatchingBlocks() throws Exception {
        long solitaire = Seed.block(blocks, "Solitaire").path("id").asLong();
        long word = Seed.block(blocks, "WINWORD.EXE").path("id").asLong();
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/rules");
            browser.field("Name").sendKeys("Card games");
            new Select(browser.field("Match type")).selectByValue("KEYWORD");
            browser.field("Pattern").sendKeys("klondike");
            new Select(browser.field("Target profile")).selectByVisibleText("Leisure breaks");
            browser.button("Preview").click();

            browser.waitForText(By.id("preview-count"), "would change 1 block");
            WebElement change = browser.waitFor(By.cssSelector(".preview tr[data-block-id='" + solitaire + "']"));
            assertTrue(change.getText().contains("Unassigned") && change.getText().contains("Leisure breaks"), change.getText());
            assertTrue(Seed.block(server, solitaire).path("profile_id").isNull(), "a preview saves nothing");
            assertTrue(server.get("/api/v1/rules?enabled=false").toString().indexOf("Card games") < 0);

            browser.button("Create rule").click();
            browser.waitForText(By.cssSelector("table"), "Card games");
            JsonNode rule = rule(server, "Card games");
            assertEquals("KEYWORD", rule.path("match_type").asText());
            assertEquals("klondike", rule.path("match_value").asText());
            assertEquals(leisure, rule.path("target_profile_id").asLong());

            browser.button("Re-run on history").click();
            browser.waitForText(By.cssSelector(".job label"), "Re-running the rules");
            browser.waitUntil(d -> "DONE".equals(d.findElement(By.id("job-result")).getAttribute("data-state")), 30);
            WebElement progress = browser.driver.findElement(By.cssSelector(".job progress"));
            assertEquals("100", progress.getAttribute("value"));
            browser.driver.executeScript("window.scrollTo(0, 0)");
            browser.screenshot("rules");

            JsonNode assigned = Seed.block(server, solitaire);
            assertEquals(leisure, assigned.path("profile_id").asLong());
            assertEquals("RULE", assigned.path("assigned_by").asText());
            assertEquals(rule.path("id").asLong(), assigned.path("rule_id").asLong());
            assertTrue(Seed.block(server, word).path("profile_id").isNull(), "the rule leaves other blocks alone");

            browser.go("/#/activity?date=" + DAY);
            WebElement onTimeline = browser.waitFor(By.cssSelector("button.block[data-block-id='" + solitaire + "']"));
            assertEquals(String.valueOf(leisure), onTimeline.getAttribute("data-profile-id"));
            assertTrue(onTimeline.getText().contains("Leisure breaks"), onTimeline.getText());
            browser.waitForText(By.cssSelector("tr[data-block-row='" + solitaire + "']"), "by rule");
        }
    }

    @Test
    void aRuleIsDisabledAndMovedAboveAnother() throws Exception {
        server.post("/api/v1/rules", Map.of("name", "Low one", "priority", 999, "match_type", "APP", "match_value", "notepad.exe",
                "target_profile_id", leisure));
        server.post("/api/v1/rules", Map.of("name", "High one", "priority", 1000, "match_type", "APP", "match_value", "calc.exe",
                "target_profile_id", leisure));
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/rules");
            browser.button("Move Low one up").click();
            browser.waitUntil(d -> {
                java.util.List<String> names = order(browser);
                return names.contains("Low one") && names.indexOf("Low one") < names.indexOf("High one");
            }, 15);
            assertTrue(priority(server, "Low one") > priority(server, "High one"));

            browser.button("Disable rule Low one").click();
            browser.waitFor(By.xpath("//button[@aria-label='Enable rule Low one']"));
            assertTrue(!rule(server, "Low one").path("enabled").asBoolean());
        }
    }

    /** The rule names in the table's order (empty while the table is being redrawn). */
    private static java.util.List<String> order(Browser browser) {
        try {
            return browser.driver.findElements(By.cssSelector("tr[data-rule-id] td:nth-child(2)")).stream()
                    .map(WebElement::getText).toList();
        } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
            return java.util.List.of();
        }
    }

    private static JsonNode rule(StintServer server, String name) throws Exception {
        for (JsonNode r : server.get("/api/v1/rules?enabled=false").path("rules")) {
            if (name.equals(r.path("name").asText())) {
                return r;
            }
        }
        throw new AssertionError("no rule " + name);
    }

    private static int priority(StintServer server, String name) throws Exception {
        return rule(server, name).path("priority").asInt();
    }
}
