package io.stint.itest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/** The timer page: start, a clock that ticks, stop, the entry in the timesheet, and restarting a recent entry. */
class TimerIT {

    static StintServer server;
    static long website;
    static long design;

    @BeforeAll
    static void start() throws Exception {
        server = StintServer.start("timer", Map.of());
        website = server.post("/api/v1/projects", Map.of("name", "Website")).path("project").path("id").asLong();
        design = server.post("/api/v1/tasks", Map.of("name", "Design", "project_id", website)).path("task").path("id").asLong();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aTimerStartedOnAProjectAndTaskTicksStopsAndShowsInTheTimesheet() throws Exception {
        long user = server.createUser("tara", "tara-long-password", false);
        try (Browser browser = Browser.open(server)) {
            browser.signIn("tara", "tara-long-password");
            browser.go("/#/timer");
            new Select(browser.field("Project")).selectByVisibleText("Website");
            WebElement task = browser.field("Task");
            browser.waitUntil(d -> task.getAttribute("data-loaded") != null, 10);
            new Select(task).selectByVisibleText("Design");
            browser.field("Notes").sendKeys("homepage mockups");
            browser.button("Start").click();

            WebElement clock = browser.waitFor(By.cssSelector("[role=timer]"));
            assertEquals("off", clock.getAttribute("aria-live"));
            String first = clock.getText();
            assertTrue(first.matches("\\d+:\\d{2}:\\d{2}"), first);
            // The clock advances by itself, without a reload.
            browser.waitUntil(d -> !d.findElement(By.cssSelector("[role=timer]")).getText().equals(first), 5);
            browser.waitForText(By.cssSelector(".timer-what"), "Website / Design");
            JsonNode running = entries(user, true).get(0);
            assertTrue(running.path("is_active").asBoolean());
            assertEquals(design, running.path("task_id").asLong());
            browser.screenshot("timer");

            browser.button("Stop").click();
            browser.waitForText(By.cssSelector(".timer-stopped"), "Stopped: Website / Design");
            List<JsonNode> stopped = entries(user, true);
            assertEquals(1, stopped.size());
            JsonNode entry = stopped.get(0);
            assertFalse(entry.path("is_active").asBoolean());
            assertEquals(website, entry.path("project_id").asLong());
            assertEquals("homepage mockups", entry.path("notes").asText());
            assertTrue(entry.path("duration_seconds").asLong() >= 1, entry.toString());
            browser.waitFor(By.cssSelector(".timer-start"));

            browser.driver.findElement(By.linkText("See it in the timesheet")).click();
            By row = By.cssSelector("#timesheet-entries tr[data-entry-id='" + entry.path("id").asLong() + "']");
            browser.waitForText(row, "homepage mockups");
            assertTrue(browser.driver.findElement(row).getText().contains("Design"));
        }
    }

    @Test
    void aRecentEntryRestartsWithOneClickOnTheSameProjectTaskAndNotes() throws Exception {
        long user = server.createUser("rita", "rita-long-password", false);
        long intranet = server.post("/api/v1/projects", Map.of("name", "Intranet")).path("project").path("id").asLong();
        long docs = server.post("/api/v1/tasks", Map.of("name", "Docs", "project_id", intranet)).path("task").path("id").asLong();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        server.post("/api/v1/time-entries", Map.of("user_id", user, "project_id", intranet, "task_id", docs,
                "start_time", yesterday + "T09:00:00", "end_time", yesterday + "T10:00:00", "notes", "api guide"));
        try (Browser browser = Browser.open(server)) {
            browser.signIn("rita", "rita-long-password");
            browser.go("/#/timer");
            browser.waitForText(By.cssSelector(".timer-recent table"), "api guide");
            browser.button("Restart Intranet / Docs").click();
            browser.waitForText(By.id("timer-state"), "Timer running");
            browser.waitForText(By.cssSelector(".timer-what"), "Intranet / Docs");

            JsonNode running = entries(user, true).stream().filter(e -> e.path("is_active").asBoolean()).findFirst()
                    .orElseThrow(() -> new AssertionError("no running entry"));
            assertEquals(intranet, running.path("project_id").asLong());
            assertEquals(docs, running.path("task_id").asLong());
            assertEquals("api guide", running.path("notes").asText());

            browser.button("Stop").click();
            browser.waitFor(By.cssSelector(".timer-start"));
            List<JsonNode> all = entries(user, true);
            assertEquals(2, all.size(), all.toString());
            assertTrue(all.stream().allMatch(e -> !e.path("is_active").asBoolean() && e.path("task_id").asLong() == docs));
        }
    }

    /** The user's entries, newest first, running ones included when asked. */
    private static List<JsonNode> entries(long user, boolean includeActive) throws Exception {
        JsonNode page = server.get("/api/v1/time-entries?per_page=100&user_id=" + user + "&include_active=" + includeActive);
        List<JsonNode> list = new ArrayList<>();
        page.path("time_entries").forEach(list::add);
        return list;
    }
}
