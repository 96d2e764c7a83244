package io.stint.ai.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class OpenAiSettingsTest {

    private static OpenAiSettings settings(Map<String, Object> properties) {
        return OpenAiSettings.of(Configs.openAi(properties), ApiKey.NONE);
    }

    @Test
    void theDefaultsAskGpt4oMiniAtOpenAiAsAHostedService() {
        OpenAiSettings settings = settings(Map.of());
        assertEquals(URI.create("https://api.openai.com/v1/chat/completions"), settings.endpoint());
        assertEquals("gpt-4o-mini", settings.model());
        assertEquals(Duration.ofSeconds(5), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(60), settings.requestTimeout());
        assertEquals(2, settings.retries());
        assertEquals(Duration.ofMillis(500), settings.backoff());
        assertEquals(0, settings.ranking());
        assertFalse(settings.local());
    }

    @Test
    void aServerOnThisMachineIsLocalUnlessSaidOtherwise() {
        for (String url : new String[] { "http://127.0.0.1:8080", "http://localhost:8000", "http://[::1]:8080" }) {
            assertTrue(settings(Map.of("base.url", url)).local(), url);
        }
        assertFalse(settings(Map.of("base.url", "http://127.0.0.1:8080", "local", "false")).local());
        assertTrue(settings(Map.of("base.url", "https://llm.example.org", "local", "true")).local());
        assertFalse(settings(Map.of("base.url", "https://llm.example.org")).local());
    }

    @Test
    void aTrailingSlashOrV1InTheBaseUrlIsAccepted() {
        assertEquals(URI.create("http://127.0.0.1:8080/v1/chat/completions"),
                settings(Map.of("base.url", "http://127.0.0.1:8080/v1/")).endpoint());
        assertEquals(URI.create("https://proxy.example.org/openai/v1/chat/completions"),
                settings(Map.of("base.url", "https://proxy.example.org/openai/")).endpoint());
    }

    @Test
    void userInfoInTheBaseUrlIsNeverShown() {
        assertEquals("https://api.example.org", settings(Map.of("base.url", "https://me:secret@api.example.org")).server());
    }

    @Test
    void badValuesFailNamingTheSetting() {
        assertMessage("base.url", Map.of("base.url", "ftp://example.org"));
        assertMessage("base.url", Map.of("base.url", "not a url"));
        assertMessage("model", Map.of("model", " "));
        assertMessage("request.timeout.millis", Map.of("request.timeout.millis", 0));
        assertMessage("retries", Map.of("retries", 11));
        assertMessage("local", Map.of("local", "sometimes"));
    }

    private static void assertMessage(String setting, Map<String, Object> properties) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> settings(properties));
        assertTrue(e.getMessage().startsWith(setting), e.getMessage());
    }
}
