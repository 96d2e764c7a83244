package io.stint.ai.ollama.internal;

import static io.stint.ai.ollama.internal.StandInOllama.error;
import static io.stint.ai.ollama.internal.StandInOllama.raw;
import static io.stint.ai.ollama.internal.StandInOllama.reply;
import static io.stint.ai.ollama.internal.StandInOllama.silence;
import static io.stint.ai.ollama.internal.StandInOllama.stallMidBody;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.stint.ai.api.AiUnavailableException;
import io.stint.ai.api.Completion;
import io.stint.ai.api.Conversation;
import io.stint.ai.api.Message;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Ollama provider against a stand-in server that speaks Ollama's /api/chat protocol. */
class OllamaProviderTest {

    private static final String PROMPT = "Which project was the call with Dana about?";
    private static final Conversation JSON_CHAT = new Conversation(
            List.of(Message.system("Answer as JSON."), Message.user(PROMPT)), true, 200);

    private static OllamaProvider provider(URI baseUrl, long requestTimeoutMillis, int retries, long backoffMillis) {
        return new OllamaProvider(new OllamaSettings(baseUrl, "llama3.1:8b", Duration.ofMillis(2000),
                Duration.ofMillis(requestTimeoutMillis), retries, Duration.ofMillis(backoffMillis), 0, true));
    }

    private static OllamaProvider provider(StandInOllama server) {
        return provider(server.baseUrl(), 10_000, 2, 10);
    }

    private static AiUnavailableException failure(OllamaProvider provider) {
        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> provider.complete(JSON_CHAT));
        assertFalse(e.getMessage().contains(PROMPT), "the message never holds the prompt: " + e.getMessage());
        return e;
    }

    @Test
    void aChatIsSentAsOneNonStreamedJsonModeRequestForTheConfiguredModel() throws Exception {
        try (StandInOllama server = StandInOllama.start(reply("{\"answer\":\"Website\"}", 26, 9))) {
            Completion completion = provider(server).complete(JSON_CHAT);

            assertEquals("{\"answer\":\"Website\"}", completion.content());
            JsonNode sent = server.request(0);
            assertEquals("llama3.1:8b", sent.path("model").asText());
            assertEquals(2, sent.path("messages").size());
            assertEquals("system", sent.path("messages").path(0).path("role").asText());
            assertEquals("Answer as JSON.", sent.path("messages").path(0).path("content").asText());
            assertEquals("user", sent.path("messages").path(1).path("role").asText());
            assertEquals(PROMPT, sent.path("messages").path(1).path("content").asText());
            assertTrue(sent.path("stream").isBoolean() && !sent.path("stream").asBoolean(), "stream: false");
            assertEquals("json", sent.path("format").asText());
            assertEquals(200, sent.path("options").path("num_predict").asInt());
        }
    }

    @Test
    void aPlainChatWithoutTokenLimitSendsNeitherFormatNorOptions() throws Exception {
        try (StandInOllama server = StandInOllama.start(reply("Hello!", 5, 2))) {
            provider(server).complete(new Conversation(List.of(Message.user("Hi")), false, null));

            JsonNode sent = server.request(0);
            assertFalse(sent.has("format"));
            assertFalse(sent.has("options"));
        }
    }

    @Test
    void theReplysModelAndTokenCountsAreMappedIntoTheCompletion() throws Exception {
        try (StandInOllama server = StandInOllama.start(reply("ok", 26, 298))) {
            Completion completion = provider(server).complete(JSON_CHAT);

            assertEquals("llama3.1:8b", completion.model());
            assertEquals(26L, completion.promptTokens());
            assertEquals(298L, completion.completionTokens());
        }
    }

    @Test
    void aMissingModelIsReportedFromOllamasErrorAndNotRetried() throws Exception {
        try (StandInOllama server = StandInOllama.start(error(404, "model \"x\" not found"))) {
            AiUnavailableException e = failure(provider(server));

            assertEquals(1, server.attempts());
            assertTrue(e.getMessage().contains("refused the request: model \"x\" not found (HTTP 404)"), e.getMessage());
            assertTrue(e.getMessage().startsWith("Ollama at " + server.baseUrl()), e.getMessage());
        }
    }

    @Test
    void aServerErrorIsRetriedAndTheNextAnswerIsUsed() throws Exception {
        try (StandInOllama server = StandInOllama.start(
                error(500, "the model failed to generate a response"), reply("second time lucky", 3, 4))) {
            Completion completion = provider(server).complete(JSON_CHAT);

            assertEquals("second time lucky", completion.content());
            assertEquals(2, server.attempts());
        }
    }

    @Test
    void aServerThatIsAlwaysUnavailableFailsAfterExactlyRetriesPlusOneAttempts() throws Exception {
        try (StandInOllama server = StandInOllama.start(error(503, "server busy"))) {
            AiUnavailableException e = failure(provider(server.baseUrl(), 10_000, 2, 10));

            assertEquals(3, server.attempts());
            assertTrue(e.getMessage().contains("failed: server busy (HTTP 503) (3 attempts)"), e.getMessage());
        }
    }

    @Test
    void tooManyRequestsIsRetriedLikeAServerError() throws Exception {
        try (StandInOllama server = StandInOllama.start(error(429, "rate limit exceeded"), reply("ok", 1, 1))) {
            assertEquals("ok", provider(server).complete(JSON_CHAT).content());
            assertEquals(2, server.attempts());
        }
    }

    @Test
    void thePauseBetweenAttemptsDoublesEachTime() throws Exception {
        try (StandInOllama server = StandInOllama.start(error(503, "busy"))) {
            failure(provider(server.baseUrl(), 10_000, 2, 150));

            List<Long> gaps = server.gapsMillis();
            assertTrue(gaps.get(0) >= 150, "first pause " + gaps);
            assertTrue(gaps.get(1) >= 300, "second pause " + gaps);
        }
    }

    @Test
    void aServerThatNeverAnswersFailsOnceTheTimeoutsAreSpent() throws Exception {
        try (StandInOllama server = StandInOllama.start(silence())) {
            OllamaProvider provider = provider(server.baseUrl(), 300, 1, 10);
            long started = System.nanoTime();

            AiUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> failure(provider));

            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(e.getMessage().contains("did not answer within 0.3 s (2 attempts)"), e.getMessage());
            assertEquals(2, server.attempts());
            // Two attempts of 300 ms and a 10 ms pause, with room for a busy machine.
            assertTrue(elapsedMillis >= 600 && elapsedMillis < 3_000, "took " + elapsedMillis + " ms");
        }
    }

    @Test
    void aReplyThatStallsAfterItsHeadersFailsOnceTheTimeoutsAreSpent() throws Exception {
        try (StandInOllama server = StandInOllama.start(stallMidBody())) {
            OllamaProvider provider = provider(server.baseUrl(), 300, 1, 10);
            long started = System.nanoTime();

            AiUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> failure(provider));

            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(e.getMessage().contains("did not answer within 0.3 s (2 attempts)"), e.getMessage());
            assertTrue(elapsedMillis < 3_000, "took " + elapsedMillis + " ms");
        }
    }

    @Test
    void aBodyThatIsNotJsonIsNotAChatReply() throws Exception {
        try (StandInOllama server = StandInOllama.start(raw(200, "<html>proxy login</html>"))) {
            AiUnavailableException e = failure(provider(server));

            assertTrue(e.getMessage().endsWith("answered something that is not a chat reply"), e.getMessage());
            assertEquals(1, server.attempts());
        }
    }

    @Test
    void aJsonReplyWithoutMessageContentIsNotAChatReply() throws Exception {
        try (StandInOllama server = StandInOllama.start(raw(200, "{\"model\":\"llama3.1:8b\",\"done\":true}"))) {
            assertTrue(failure(provider(server)).getMessage().endsWith("is not a chat reply"));
        }
    }

    @Test
    void aStreamedReplyIsNotMistakenForItsFirstFragment() throws Exception {
        String stream = "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"The\"},\"done\":false}\n"
                + "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\" end\"},\"done\":true}\n";
        try (StandInOllama server = StandInOllama.start(raw(200, stream))) {
            assertTrue(failure(provider(server)).getMessage().endsWith("is not a chat reply"));
        }
    }

    @Test
    void anErrorInsideASuccessfulReplyIsReportedWithOllamasText() throws Exception {
        try (StandInOllama server = StandInOllama.start(raw(200, "{\"error\":\"an error was encountered while running the model\"}"))) {
            AiUnavailableException e = failure(provider(server));

            assertTrue(e.getMessage().endsWith("failed: an error was encountered while running the model"), e.getMessage());
            assertEquals(1, server.attempts());
        }
    }

    @Test
    void aHugeReplyIsCutOffInsteadOfFillingTheMemory() throws Exception {
        String huge = "{\"pad\":\"" + "x".repeat((int) OllamaProvider.MAX_REPLY_BYTES) + "\"}";
        try (StandInOllama server = StandInOllama.start(raw(200, huge))) {
            assertTrue(failure(provider(server)).getMessage().contains("answered more than 8 MB"));
            assertEquals(1, server.attempts());
        }
    }

    @Test
    void aClosedPortIsReportedAsUnreachableAfterTheRetries() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        OllamaProvider provider = provider(URI.create("http://127.0.0.1:" + port), 2_000, 2, 10);

        AiUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> failure(provider));

        assertEquals("Ollama at http://127.0.0.1:" + port + " cannot be reached (no connection) (3 attempts)", e.getMessage());
    }

    @Test
    void theProviderDeclaresItsIdModelAndLocality() {
        OllamaProvider provider = provider(URI.create("http://127.0.0.1:11434"), 1000, 0, 0);

        assertEquals("ollama", provider.id());
        assertEquals("llama3.1:8b", provider.model());
        assertTrue(provider.local());
    }
}
