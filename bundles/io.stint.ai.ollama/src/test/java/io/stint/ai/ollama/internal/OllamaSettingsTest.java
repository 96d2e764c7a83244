package io.stint.ai.ollama.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

/** The Ollama provider's configuration checks and the service properties it registers with. */
class OllamaSettingsTest {

    private static OllamaSettings settings(String baseUrl, String model, long timeoutMillis, int retries) {
        return new OllamaSettings(URI.create(baseUrl), model, Duration.ofMillis(2000), Duration.ofMillis(timeoutMillis),
                retries, Duration.ofMillis(250), 5, true);
    }

    @Test
    void theChatEndpointIsUnderTheBaseUrlWhateverItsTrailingSlash() {
        assertEquals(URI.create("http://127.0.0.1:11434/api/chat"),
                settings("http://127.0.0.1:11434/", "m", 1000, 0).chatUri());
        assertEquals(URI.create("https://ai.example.org/ollama/api/chat"),
                settings("https://ai.example.org/ollama", "m", 1000, 0).chatUri());
    }

    @Test
    void aBaseUrlThatIsNotHttpOrHoldsCredentialsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> settings("ftp://127.0.0.1", "m", 1000, 0));
        assertThrows(IllegalArgumentException.class, () -> settings("127.0.0.1:11434", "m", 1000, 0));
        assertThrows(IllegalArgumentException.class, () -> settings("http://user:secret@127.0.0.1:11434", "m", 1000, 0));
    }

    @Test
    void aBlankModelZeroTimeoutOrUnboundedRetriesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> settings("http://127.0.0.1", " ", 1000, 0));
        assertThrows(IllegalArgumentException.class, () -> settings("http://127.0.0.1", "m", 0, 0));
        assertThrows(IllegalArgumentException.class, () -> settings("http://127.0.0.1", "m", 1000, -1));
        assertThrows(IllegalArgumentException.class, () -> settings("http://127.0.0.1", "m", 1000, 11));
    }

    @Test
    void theBackoffDoublesBeforeEachRetry() {
        OllamaSettings settings = settings("http://127.0.0.1", "m", 1000, 3);

        assertEquals(Duration.ofMillis(250), settings.backoffBefore(1));
        assertEquals(Duration.ofMillis(500), settings.backoffBefore(2));
        assertEquals(Duration.ofMillis(1000), settings.backoffBefore(3));
    }

    @Test
    void timeoutsReadAsSecondsInMessages() {
        assertEquals("60 s", OllamaProvider.seconds(Duration.ofMillis(60_000)));
        assertEquals("0.3 s", OllamaProvider.seconds(Duration.ofMillis(300)));
        assertEquals("2.5 s", OllamaProvider.seconds(Duration.ofMillis(2_500)));
    }

    @Test
    void theServiceCarriesTheRankingAsAnIntegerEvenWhenTheCfgFileGaveText() {
        // A .cfg file read by FileInstall hands every value over as text.
        Map<String, Object> configuration = Map.of("service.ranking", "5", "local", "true",
                "model", "llama3.1:8b", ".private", "hidden", "service.pid", "io.stint.ai.ollama");

        Hashtable<String, Object> properties =
                OllamaComponent.serviceProperties(configuration, settings("http://127.0.0.1:11434/", "llama3.1:8b", 1000, 0));

        assertEquals(Integer.valueOf(5), properties.get(Constants.SERVICE_RANKING));
        assertEquals(Boolean.TRUE, properties.get("local"));
        assertEquals("ollama", properties.get("provider.id"));
        assertEquals("http://127.0.0.1:11434", properties.get("base.url"));
        assertEquals("io.stint.ai.ollama", properties.get("service.pid"));
        assertFalse(properties.containsKey(".private"));
        assertTrue(properties.get(Constants.SERVICE_DESCRIPTION).toString().contains("llama3.1:8b"));
    }
}
