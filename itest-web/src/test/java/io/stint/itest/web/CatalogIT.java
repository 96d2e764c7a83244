package io.stint.itest.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

/** The catalog pages: a client, a project for it and a task created, edited and archived in the browser. */
class CatalogIT {

    static StintServer server;

    @BeforeAll
    static void start() throws Exception {
        server = StintServer.start("catalog", Map.of());
        server.createUser("cara", "cara-long-password", false);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    void aClientAProjectForItAndATaskCreatedInTheBrowserAreInTheApi() throws Exception {
        try (Browser browser = Browser.open(server)) {
            browser.signIn("cara", "cara-long-password");

            browser.go("/#/clients");
            browser.field("Name").sendKeys("Globex");
            browser.field("Email").sendKeys("billing@globex.example");
            browser.field("Default hourly rate").sendKeys("95.50");
            browser.button("Create client").click();
            browser.waitForText(By.cssSelector(".page-clients table"), "Globex");
            browser.screenshot("clients");
            JsonNode client = only(server.get("/api/v1/clients?search=Globex").path("clients"));
            assertEquals("billing@globex.example", client.path("email").asText());
            assertEquals("95.50", client.path("default_hourly_rate").asText());

            browser.go("/#/projects");
            browser.field("Name").sendKeys("Portal");
            new Select(browser.field("Client")).selectByVisibleText("Globex");
            browser.field("Hourly rate").sendKeys("120");
            browser.button("Create project").click();
            browser.waitForText(By.cssSelector(".page-projects table"), "Portal");
            JsonNode project = only(server.get("/api/v1/projects?search=Portal").path("projects"));
            assertEquals(client.path("id").asLong(), project.path("client_id").asLong());
            assertEquals(120.0, project.path("hourly_rate").asDouble());
            assertEquals(true, project.path("billable").asBoolean());

            browser.go("/#/tasks");
            browser.field("Name").sendKeys("Login page");
            new Select(browser.field("Project")).selectByVisibleText("Portal (Globex)");
            new Select(browser.field("Priority")).selectByVisibleText("High");
            browser.button("Create task").click();
            browser.waitForText(By.cssSelector(".page-tasks table"), "Login page");
            JsonNode task = only(server.get("/api/v1/tasks?project_id=" + project.path("id").asLong()).path("tasks"));
            assertEquals("Login page", task.path("name").asText());
            assertEquals("high", task.path("priority").asText());
        }
    }

    @Test
    void aProjectIsRenamedInItsEditFormAndArchivedAfterAConfirmation() throws Exception {
        long id = server.post("/api/v1/projects", Map.of("name", "Old name", "billable", true)).path("project").path("id").asLong();
        try (Browser browser = Browser.open(server)) {
            browser.signIn("cara", "cara-long-password");
            browser.go("/#/projects");
            browser.button("Edit Old name").click();
            browser.waitForText(By.cssSelector("form.catalog-form h2"), "Edit project: Old name");
            WebElement name = browser.field("Name");
            name.clear();
            name.sendKeys("New name");
            browser.field("Billable").click();
            browser.button("Save").click();
            browser.waitForText(By.cssSelector(".page-projects table"), "New name");
            JsonNode saved = server.get("/api/v1/projects/" + id).path("project");
            assertEquals("New name", saved.path("name").asText());
            assertEquals(false, saved.path("billable").asBoolean());

            browser.button("Archive New name").click();
            browser.confirm();
            browser.waitUntil(d -> !d.findElement(By.cssSelector(".page-projects")).getText().contains("New name"), 10);
            assertEquals("archived", server.get("/api/v1/projects/" + id).path("project").path("status").asText());
        }
    }

    private static JsonNode only(JsonNode list) {
        assertEquals(1, list.size(), list.toString());
        return list.get(0);
    }
}
