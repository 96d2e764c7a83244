package io.stint.itest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/** An invoice made from time in the UI, its lines edited, sent, partly paid and downloaded as a PDF. */
class InvoicesUiIT {

    static StintServer server;

    @BeforeAll
    static void start() throws Exception {
        server = StintServer.start("invoices-ui", Map.of());
        Seed.adminCanSignIn(server);
        long client = server.post("/api/v1/clients", Map.of("name", "Initech")).path("client").path("id").asLong();
        long project = server.post("/api/v1/projects", Map.of("name", "Website", "client_id", client, "hourly_rate", 80))
                .path("project").path("id").asLong();
        server.post("/api/v1/time-entries", Map.of("project_id", project, "start_time", "2026-01-12T09:00:00",
                "end_time", "2026-01-12T11:30:00", "notes", "Homepage", "billable", true));
        server.post("/api/v1/time-entries", Map.of("project_id", project, "start_time", "2026-01-13T13:00:00",
                "end_time", "2026-01-13T14:00:00", "notes", "Contact form", "billable", true));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    /** Sets a date input the way a picker would (typing into one depends on the browser's locale). */
    private static void date(Browser browser, String label, String value) {
        browser.driver.executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", browser.field(label), value);
    }

    /** Clicks a button as a person would when notices cover it: dismissing them first. */
    private static void press(Browser browser, String name) {
        for (WebElement dismiss : browser.driver.findElements(By.cssSelector("#notices .notice button"))) {
            try {
                dismiss.click();
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                // it went away by itself
            }
        }
        WebElement button = browser.button(name);
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void anInvoiceFromTimeIsEditedSentPaidInPartAndDownloaded() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/invoices");
            new Select(browser.field("Client")).selectByVisibleText("Initech");
            date(browser, "From", "2026-01-01");
            date(browser, "To", "2026-01-31");
            new Select(browser.field("Grouping")).selectByValue("entry");
            browser.button("Create invoice from time").click();

            browser.waitForText(By.cssSelector("h1"), "Invoice INV-");
            String hash = (String) browser.driver.executeScript("return location.hash");
            long id = Long.parseLong(hash.replaceAll(".*id=(\\d+).*", "$1"));
            JsonNode made = server.get("/api/v1/invoices/" + id).path("invoice");
            assertEquals("draft", made.path("status").asText());
            assertEquals(2, made.path("items").size());
            assertEquals(280.0, made.path("total_amount").asDouble(), 0.001, "2.5 h + 1 h at 80");

            WebElement line = browser.waitFor(By.cssSelector("fieldset[data-item='1']"));
            type(line.findElement(By.name("description")), "Homepage design");
            type(line.findElement(By.name("quantity")), "3");
            browser.waitForText(By.cssSelector(".items-total"), "320.00");
            press(browser, "Save lines");
            browser.waitForText(By.id("invoice-total"), "320.00");
            JsonNode edited = server.get("/api/v1/invoices/" + id).path("invoice");
            assertEquals("Homepage design", edited.path("items").get(0).path("description").asText());
            assertEquals(3.0, edited.path("items").get(0).path("quantity").asDouble(), 0.001);
            assertEquals(320.0, edited.path("total_amount").asDouble(), 0.001);

            press(browser, "Mark as sent");
            browser.waitFor(By.cssSelector("[data-status='sent']"));
            assertEquals("sent", server.get("/api/v1/invoices/" + id).path("invoice").path("status").asText());

            type(browser.field("Amount (EUR)"), "100");
            type(browser.field("Method"), "bank transfer");
            press(browser, "Record payment");
            browser.waitFor(By.cssSelector("[data-payment-status='partially_paid']"));
            browser.waitForText(By.id("invoice-outstanding"), "220.00");
            JsonNode paid = server.get("/api/v1/invoices/" + id).path("invoice");
            assertEquals(100.0, paid.path("amount_paid").asDouble(), 0.001);
            assertEquals("partially_paid", paid.path("payment_status").asText());
            assertEquals("bank transfer", paid.path("payments").get(0).path("method").asText());
            browser.driver.executeScript("window.scrollTo(0, 0)");
            browser.screenshot("invoice");

            press(browser, "Download PDF");
            Path pdf = browser.download(".pdf", 30);
            byte[] head = Files.readAllBytes(pdf);
            assertTrue(new String(head, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), pdf.toString());

            browser.go("/#/invoices");
            browser.waitFor(By.cssSelector("tr[data-invoice-id='" + id + "']"));
            new Select(browser.field("Status")).selectByValue("draft");
            browser.waitForText(By.cssSelector("main"), "No draft invoices.");
            new Select(browser.field("Status")).selectByValue("sent");
            browser.waitFor(By.cssSelector("tr[data-invoice-id='" + id + "']"));
            browser.driver.executeScript("window.scrollTo(0, 0)");
            browser.screenshot("invoices");
        }
    }

    @Test
    void aStatusChangeTheApiRefusesShowsItsMessage() throws Exception {
        long client = server.post("/api/v1/clients", Map.of("name", "Umbrella")).path("client").path("id").asLong();
        long id = server.post("/api/v1/invoices", Map.of("client_id", client, "items",
                java.util.List.of(Map.of("description", "Audit", "quantity", 1, "unit_price", 50)))).path("invoice").path("id").asLong();
        try (Browser browser = Browser.open(server)) {
            browser.signIn("admin", Seed.ADMIN_PASSWORD);
            browser.go("/#/invoices?id=" + id);
            browser.waitForText(By.cssSelector("h1"), "Invoice");
            // someone else cancels it meanwhile: the page still offers "Mark as sent"
            server.call("DELETE", "/api/v1/invoices/" + id, null);
            press(browser, "Mark as sent");
            browser.waitForText(By.cssSelector(".notice.error"), "cannot go from cancelled to sent");
        }
    }
}
