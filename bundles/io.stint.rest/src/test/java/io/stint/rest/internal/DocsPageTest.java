package io.stint.rest.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocsPageTest {

    @Test
    void loadsSwaggerUiFromStintsOwnFilesAndPointsItAtTheDocument() {
        String html = DocsPage.html("/");
        assertTrue(html.contains("src=\"/api/docs/swagger-ui-bundle.js\""), html);
        assertTrue(html.contains("href=\"/api/docs/swagger-ui.css\""), html);
        assertTrue(html.contains("src=\"/api/docs/stint-docs.js\""), html);
        assertTrue(html.contains("data-spec=\"/api/openapi.json\""), html);
        assertFalse(html.contains("http://") || html.contains("https://"), "nothing from the internet");
    }

    @Test
    void followsTheApplicationsBasePath() {
        assertTrue(DocsPage.html("/stint").contains("src=\"/stint/api/docs/swagger-ui-bundle.js\""));
        assertTrue(DocsPage.html("").contains("data-spec=\"/api/openapi.json\""));
    }

    @Test
    void escapesTheBasePath() {
        assertFalse(DocsPage.html("/a\"<b>/").contains("a\"<b>"));
    }
}
