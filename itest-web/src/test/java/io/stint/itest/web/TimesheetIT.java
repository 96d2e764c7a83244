package io.stint.itest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/** The timesheet: inline edits that the row, the day total and the API follow; adding and deleting entries. */
class TimesheetIT {

    static StintServer server;
    static long website;

    @BeforeAll
    static void start() throws Exception {
        server = StintServer.start("timesheet", Map.of());
        long acme = server.post("/api/v1/clients", Map.of("name", "Acme")).path("client").path("id").asLong();
        website = server.post("/api/v1/projects", Map.of("name", "Website", "client_id", acme)).path("project").path("id").asLong();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void anEntryEditedInlineUpdatesItsRowTheDayTotalAndTheApi() throws Exception {
        long user = server.createUser("tim", "tim-long-password", false);
        String day = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        long id = entry(user, day, "09:00", "10:00", "first draft");
        entry(user, day, "13:00", "13:30", "review");
        try (Browser browser = Browser.open(server)) {
            browser.signIn("tim", "tim-long-password");
            browser.go("/#/timesheet?view=day&date=" + day);
            By row = By.cssSelector("#timesheet-entries tr[data-entry-id='" + id + "']");
            browser.waitForText(row, "first draft");
            assertEquals("1:30", browser.driver.findElement(By.id("timesheet-total")).getText());
            browser.screenshot("timesheet-day");

            browser.driver.findElement(row).findElement(By.xpath(".//button[normalize-space(.)='Edit']")).click();
            WebElement form = browser.waitFor(By.cssSelector("tr.editing form"));
            WebElement notes = form.findElement(By.name("notes"));
            notes.clear();
            notes.sendKeys("final draft");
            setValue(browser, form.findElement(By.name("end")), "11:30");
            form.findElement(By.xpath(".//button[normalize-space(.)='Save']")).click();

            browser.waitForText(row, "final draft");
            String text = browser.driver.findElement(row).getText();
            assertTrue(text.contains("11:30") && text.contains("2:30"), text);
            browser.waitForText(By.id("timesheet-total"), "3:00");
            JsonNode saved = server.get("/api/v1/time-entries/" + id).path("time_entry");
            assertEquals("final draft", saved.path("notes").asText());
            assertEquals(day + "T11:30:00", saved.path("end_time").asText());
            assertEquals(9000, saved.path("duration_seconds").asLong());
            assertEquals(website, saved.path("project_id").asLong());

            browser.go("/#/timesheet?view=week&date=" + day);
            browser.waitForText(By.cssSelector("#timesheet-entries [data-day-total='" + day + "']"), "3:00");
            browser.waitForText(By.id("timesheet-projects"), "Website");
            browser.driver.executeScript("document.getElementById('timesheet-entries').scrollIntoView()");
            browser.screenshot("timesheet-week");
        }
    }

    @Test
    void anEntryIsAddedWithADurationAndDeletedAfterAConfirmation() throws Exception {
        long user = server.createUser("tess", "tess-long-password", false);
        String day = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
        try (Browser browser = Browser.open(server)) {
            browser.signIn("tess", "tess-long-password");
            browser.go("/#/timesheet?view=day&date=" + day);
            browser.waitForText(By.id("timesheet-total"), "0:00");
            WebElement form = browser.waitFor(By.cssSelector("form.add-entry"));
            assertEquals(day, browser.field("Date").getAttribute("value"));
            setValue(browser, browser.field("Start"), "14:00");
            browser.field("Duration").sendKeys("1:15");
            new Select(browser.field("Project")).selectByVisibleText("Website (Acme)");
            browser.field("Notes").sendKeys("added in the browser");
            form.findElement(By.xpath(".//button[normalize-space(.)='Add entry']")).click();

            browser.waitForText(By.id("timesheet-entries"), "added in the browser");
            browser.waitForText(By.id("timesheet-total"), "1:15");
            JsonNode list = server.get("/api/v1/time-entries?user_id=" + user + "&start_date=" + day + "&end_date=" + day);
            assertEquals(1, list.path("time_entries").size());
            JsonNode added = list.path("time_entries").get(0);
            assertEquals(day + "T14:00:00", added.path("start_time").asText());
            assertEquals(day + "T15:15:00", added.path("end_time").asText());
            assertEquals("added in the browser", added.path("notes").asText());
            assertTrue(added.path("billable").asBoolean());

            By row = By.cssSelector("#timesheet-entries tr[data-entry-id='" + added.path("id").asLong() + "']");
            browser.driver.findElement(row).findElement(By.xpath(".//button[normalize-space(.)='Delete']")).click();
            browser.confirm();
            browser.waitUntil(d -> d.findElements(row).isEmpty(), 10);
            browser.waitForText(By.id("timesheet-total"), "0:00");
            assertEquals(0, server.get("/api/v1/time-entries?user_id=" + user).path("time_entries").size());
        }
    }

    @Test
    void theTimesheetFitsAPhoneScreen() throws Exception {
        long user = server.createUser("pat", "pat-long-password", false);
        String day = LocalDate.now(ZoneOffset.UTC).toString();
        entry(user, day, "08:00", "09:45", "standup and planning");
        try (Browser browser = Browser.open(server, 390, 844)) {
            browser.signIn("pat", "pat-long-password");
            browser.go("/#/timesheet?view=day&date=" + day);
            browser.waitForText(By.id("timesheet-entries"), "standup and planning");
            // Nothing wider than the screen: the table stacks its cells.
            long scroll = (Long) browser.driver.executeScript("return document.documentElement.scrollWidth");
            long width = (Long) browser.driver.executeScript("return document.documentElement.clientWidth");
            assertTrue(scroll <= width, scroll + " > " + width);
            browser.screenshot("timesheet-phone");
        }
    }

    private static long entry(long user, String day, String from, String to, String notes) throws Exception {
        return server.post("/api/v1/time-entries", Map.of("user_id", user, "project_id", website,
                "start_time", day + "T" + from + ":00", "end_time", day + "T" + to + ":00", "notes", notes))
                .path("time_entry").path("id").asLong();
    }

    /** Time and date inputs are typed differently in each locale; a person's pick is set as the input's value. */
    static void setValue(Browser browser, WebElement input, String value) {
        browser.driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }
}
