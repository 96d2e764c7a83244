package io.stint.itest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/** Reports: hours per project for the period, the comparison with the week before, and the CSV export. */
class ReportsIT {

    static StintServer server;
    static long user;
    static String monday;

    @BeforeAll
    static void start() throws Exception {
        // More than two rows make an export a job: this week's export (three entries) runs as one,
        // last week's (one entry) streams.
        server = StintServer.start("reports", Map.of("io.stint.export.cfg", "stream.max.rows=2\n"));
        user = server.createUser("rae", "rae-long-password", false);
        long website = server.post("/api/v1/projects", Map.of("name", "Website")).path("project").path("id").asLong();
        long mobile = server.post("/api/v1/projects", Map.of("name", "Mobile app", "billable", false)).path("project").path("id").asLong();
        // This week's Monday: the report's default period is the current week.
        monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        String tuesday = LocalDate.parse(monday).plusDays(1).toString();
        String weekBefore = LocalDate.parse(monday).minusDays(7).toString();
        entry(website, monday, "09:00", "11:30", true);
        entry(website, tuesday, "10:00", "11:00", true);
        entry(mobile, tuesday, "13:00", "14:15", false);
        entry(website, weekBefore, "09:00", "11:00", true);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void thePerProjectTableShowsEachProjectsHoursAndTheTotalIsComparedWithTheWeekBefore() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("rae", "rae-long-password");
            browser.go("/#/reports");
            browser.waitForText(By.id("report-projects"), "Mobile app");
            Map<String, String> hours = new HashMap<>();
            for (WebElement row : browser.driver.findElements(By.cssSelector("#report-projects tbody tr"))) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                hours.put(cells.get(0).getText(), cells.get(1).getText());
            }
            assertEquals(Map.of("Website", "3.50", "Mobile app", "1.25"), hours);

            String summary = browser.driver.findElement(By.cssSelector(".report-summary table")).getText();
            // 4:45 this week against 2:00 the week before: +137.5 %.
            assertTrue(summary.contains("Total hours 4:45 2:00 +137.5%"), summary);
            // The charts are drawn by Chart.js, loaded from the bundle.
            browser.waitUntil(d -> Boolean.TRUE.equals(browser.driver.executeScript(
                    "return typeof window.Chart === 'function' && document.querySelectorAll('canvas').length === 3")), 10);
            browser.screenshot("reports");
        }
    }

    @Test
    void theCsvExportButtonRunsAJobAndDownloadsThePeriodsEntries() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("rae", "rae-long-password");
            browser.go("/#/reports");
            long jobs = exportJobs(browser);
            browser.button("Export Time entries (CSV)").click();
            List<String> lines = csv(browser.download(".csv", 30));
            assertEquals(jobs + 1, exportJobs(browser), "this week's export ran as a job");
            assertRowsMatch(lines, monday, LocalDate.parse(monday).plusDays(6).toString());
        }
    }

    @Test
    void aShortExportOfAnotherPeriodStreams() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("rae", "rae-long-password");
            browser.go("/#/reports");
            new org.openqa.selenium.support.ui.Select(browser.field("Period")).selectByVisibleText("Last week");
            browser.button("Show").click();
            String lastMonday = LocalDate.parse(monday).minusDays(7).toString();
            browser.waitUntil(d -> lastMonday.equals(browser.field("From").getAttribute("value")), 10);
            browser.waitForText(By.id("report-projects"), "Website");
            long jobs = exportJobs(browser);
            browser.button("Export Time entries (CSV)").click();
            List<String> lines = csv(browser.download(lastMonday + "-" + LocalDate.parse(lastMonday).plusDays(6) + ".csv", 30));
            assertEquals(2, lines.size(), String.join("\n", lines));
            assertEquals(jobs, exportJobs(browser), "a one-row export streams");
            assertRowsMatch(lines, lastMonday, LocalDate.parse(lastMonday).plusDays(6).toString());
        }
    }

    private static List<String> csv(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
        assertTrue(lines.get(0).replace("\uFEFF", "").startsWith("ID,User,Project,Client,Task,Start Time,End Time,Duration (hours)"),
                lines.get(0));
        return lines;
    }

    /** The signed-in user's export jobs, read with the browser's session. */
    private static long exportJobs(Browser browser) {
        Object count = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/exports/jobs').then(r => r.json()).then(j => done(j.jobs.length), e => done(-1));");
        return ((Number) count).longValue();
    }

    /** One CSV row per entry of the period, each with the entry's project and hours. */
    private static void assertRowsMatch(List<String> lines, String from, String to) throws Exception {
        JsonNode entries = server.get("/api/v1/time-entries?per_page=100&user_id=" + user + "&start_date=" + from
                + "&end_date=" + to).path("time_entries");
        assertEquals(entries.size(), lines.size() - 1, String.join("\n", lines));
        Map<String, String> durationById = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            durationById.put(cells[0], cells[2] + " " + cells[7]);
        }
        for (JsonNode e : entries) {
            assertEquals(e.path("project").asText() + " " + String.format(java.util.Locale.ROOT, "%.2f",
                    e.path("duration_seconds").asLong() / 3600.0), durationById.get(e.path("id").asText()),
                    "row of entry " + e.path("id").asText());
        }
    }

    private static void entry(long project, String day, String from, String to, boolean billable) throws Exception {
        server.post("/api/v1/time-entries", Map.of("user_id", user, "project_id", project, "billable", billable,
                "start_time", day + "T" + from + ":00", "end_time", day + "T" + to + ":00"));
    }
}
