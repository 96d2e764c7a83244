package io.stint.ai.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.ai.api.AiUnavailableException;
import io.stint.ai.api.Completion;
import io.stint.ai.api.Conversation;
import io.stint.ai.api.Message;

/** The provider against {@link ChatServer}, a local server speaking the chat completions protocol. */
class OpenAiProviderTest {

    private static final String KEY = "sk-test-4f9a1c2b3d4e5f60";
    private static final String PROMPT = "What did I work on yesterday afternoon?";
    private static final Conversation CHAT = new Conversation(
            List.of(Message.system("You are Stint's assistant."), Message.user(PROMPT)), false, null);

    private final ChatServer server = new ChatServer();

    @AfterEach
    void stop() {
        server.close();
    }

    private OpenAiProvider provider(ApiKey key, Object... settings) {
        Map<String, Object> properties = new HashMap<>(Map.of("base.url", server.baseUrl(), "retry.backoff.millis", 10,
                "request.timeout.millis", 5000));
        for (int i = 0; i < settings.length; i += 2) {
            properties.put((String) settings[i], settings[i + 1]);
        }
        return new OpenAiProvider(OpenAiSettings.of(Configs.openAi(properties), key));
    }

    @Test
    void aReplyIsReturnedForARequestThatFollowsTheProtocol() {
        server.then(200, ChatServer.completion("{\"actions\":[]}", "gpt-4o-mini-2024-07-18", 42, 7));
        Conversation json = new Conversation(CHAT.messages(), true, 300);

        Completion completion = provider(ApiKey.of(KEY)).complete(json);

        assertEquals("{\"actions\":[]}", completion.content());
        ChatServer.Received request = server.received().get(0);
        assertEquals("POST", request.method());
        assertEquals("/v1/chat/completions", request.path());
        assertEquals("Bearer " + KEY, request.header("Authorization"));
        assertTrue(request.header("Content-Type").startsWith("application/json"));
        JsonNode body = request.body();
        assertEquals("gpt-4o-mini", body.path("model").asText());
        assertEquals(2, body.path("messages").size());
        assertEquals("system", body.path("messages").get(0).path("role").asText());
        assertEquals("You are Stint's assistant.", body.path("messages").get(0).path("content").asText());
        assertEquals("user", body.path("messages").get(1).path("role").asText());
        assertEquals(PROMPT, body.path("messages").get(1).path("content").asText());
        assertEquals("json_object", body.path("response_format").path("type").asText());
        assertEquals(300, body.path("max_tokens").asInt());
    }

    @Test
    void withoutJsonModeOrALimitNeitherIsSent() {
        provider(ApiKey.of(KEY)).complete(CHAT);
        JsonNode body = server.received().get(0).body();
        assertTrue(body.path("response_format").isMissingNode());
        assertTrue(body.path("max_tokens").isMissingNode());
    }

    @Test
    void usageAndTheAnsweringModelAreMapped() {
        server.then(200, ChatServer.completion("Mostly the invoice export.", "gpt-4o-mini-2024-07-18", 42, 7));
        Completion completion = provider(ApiKey.of(KEY)).complete(CHAT);
        assertEquals(new Completion("Mostly the invoice export.", "gpt-4o-mini-2024-07-18", 42L, 7L), completion);
    }

    @Test
    void aReplyWithoutUsageHasNoTokenCountsAndTheAskedModel() {
        server.then(200, "{\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"ok\"}}]}");
        assertEquals(new Completion("ok", "gpt-4o-mini", null, null), provider(ApiKey.NONE).complete(CHAT));
    }

    @Test
    void withoutAKeyNoAuthorizationHeaderIsSent() {
        provider(ApiKey.NONE, "model", "qwen2.5-7b-instruct").complete(CHAT);
        ChatServer.Received request = server.received().get(0);
        assertNull(request.header("Authorization"));
        assertEquals("qwen2.5-7b-instruct", request.body().path("model").asText());
    }

    @Test
    void a401IsNotRetriedAndItsMessageHoldsNoKey() {
        server.always(401, ChatServer.error("Incorrect API key provided: " + KEY + ". You can find your API key at ...",
                "invalid_request_error", "invalid_api_key"));
        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> provider(ApiKey.of(KEY)).complete(CHAT));
        assertEquals(1, server.received().size());
        assertEquals("OpenAI-compatible server at " + server.baseUrl() + " refused the request (401): invalid API key",
                e.getMessage());
        assertFalse(e.getMessage().contains(KEY));
    }

    @Test
    void a401WithoutAKeySaysThatOneIsNeeded() {
        server.always(401, ChatServer.error("You didn't provide an API key.", "invalid_request_error", null));
        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> provider(ApiKey.NONE).complete(CHAT));
        assertTrue(e.getMessage().endsWith("(401): an API key is needed (set api.key)"), e.getMessage());
    }

    @Test
    void aRefusalGivesTheServersReasonWithoutThePromptOrAKey() {
        server.always(400, ChatServer.error("Could not process '" + PROMPT + "' with key sk-proj-abcdefghijkl",
                "invalid_request_error", "bad_request"));
        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> provider(ApiKey.of(KEY)).complete(CHAT));
        assertEquals(1, server.received().size());
        assertTrue(e.getMessage().contains("refused the request (400): Could not process"), e.getMessage());
        assertFalse(e.getMessage().contains(PROMPT), e.getMessage());
        assertFalse(e.getMessage().contains("abcdefghijkl"), e.getMessage());
    }

    @Test
    void a429IsRetriedAndThenSucceeds() {
        server.then(429, ChatServer.error("Rate limit reached", "requests", "rate_limit_exceeded"));
        assertEquals("hello", provider(ApiKey.of(KEY)).complete(CHAT).content());
        assertEquals(2, server.received().size());
    }

    @Test
    void a500IsRetriedAndThenSucceeds() {
        server.then(500, ChatServer.error("The server had an error", "server_error", null));
        assertEquals("hello", provider(ApiKey.of(KEY)).complete(CHAT).content());
        assertEquals(2, server.received().size());
    }

    @Test
    void aServerAlwaysAnswering503IsAskedRetriesPlusOneTimes() {
        server.always(503, ChatServer.error("The engine is currently overloaded", "server_error", null));
        AiUnavailableException e = assertThrows(AiUnavailableException.class,
                () -> provider(ApiKey.of(KEY), "retries", 2).complete(CHAT));
        assertEquals(3, server.received().size());
        assertEquals("OpenAI-compatible server at " + server.baseUrl()
                + " failed (503): The engine is currently overloaded (3 attempts)", e.getMessage());
    }

    @Test
    void theBackoffDoublesBetweenAttempts() {
        server.always(503, "{}");
        assertThrows(AiUnavailableException.class,
                () -> provider(ApiKey.NONE, "retries", 2, "retry.backoff.millis", 150).complete(CHAT));
        List<ChatServer.Received> attempts = server.received();
        assertTrue(attempts.get(1).nanos() - attempts.get(0).nanos() >= Duration.ofMillis(150).toNanos());
        assertTrue(attempts.get(2).nanos() - attempts.get(1).nanos() >= Duration.ofMillis(300).toNanos());
    }

    @Test
    void aServerThatNeverAnswersFailsWithinTheRequestTimeout() {
        server.silent();
        OpenAiProvider provider = provider(ApiKey.NONE, "request.timeout.millis", 300, "retries", 1);
        long started = System.nanoTime();
        AiUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(AiUnavailableException.class, () -> provider.complete(CHAT)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis >= 600 && millis < 2500, millis + " ms");
        assertEquals(2, server.received().size());
        assertTrue(e.getMessage().endsWith("did not answer within 300 ms (2 attempts)"), e.getMessage());
    }

    @Test
    void aReplyWhoseBodyStallsFailsWithinTheRequestTimeoutToo() {
        server.stalling();
        OpenAiProvider provider = provider(ApiKey.NONE, "request.timeout.millis", 300, "retries", 0);
        long started = System.nanoTime();
        AiUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(AiUnavailableException.class, () -> provider.complete(CHAT)));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis >= 300 && millis < 1500, millis + " ms");
        assertTrue(e.getMessage().endsWith("did not answer within 300 ms"), e.getMessage());
    }

    @Test
    void aReplyThatIsNotJsonIsUnavailable() {
        server.then(200, "<html>Bad gateway</html>");
        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> provider(ApiKey.NONE).complete(CHAT));
        assertTrue(e.getMessage().endsWith("answered something that is not a chat completion: not a JSON object"),
                e.getMessage());
        assertEquals(1, server.received().size());
    }

    @Test
    void aReplyWithoutChoicesIsUnavailable() {
        server.then(200, "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"choices\":[]}");
        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> provider(ApiKey.NONE).complete(CHAT));
        assertTrue(e.getMessage().endsWith("not a chat completion: no choices"), e.getMessage());
    }

    @Test
    void aChoiceWithoutTextContentIsUnavailable() {
        server.then(200, "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,\"refusal\":\"No.\"}}]}");
        AiUnavailableException e = assertThrows(AiUnavailableException.class, () -> provider(ApiKey.NONE).complete(CHAT));
        assertTrue(e.getMessage().endsWith("the model refused to answer"), e.getMessage());
    }

    @Test
    void aRefusedConnectionIsUnavailableAfterTheRetries() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        OpenAiProvider provider = provider(ApiKey.of(KEY), "base.url", "http://127.0.0.1:" + closedPort);
        AiUnavailableException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(AiUnavailableException.class, () -> provider.complete(CHAT)));
        assertEquals("OpenAI-compatible server at http://127.0.0.1:" + closedPort
                + " could not be reached (connection refused) (3 attempts)", e.getMessage());
    }

    @Test
    void neitherTheProviderNorItsSettingsShowTheKey() {
        OpenAiProvider provider = provider(ApiKey.of(KEY));
        assertFalse(provider.toString().contains(KEY));
        assertFalse(OpenAiSettings.of(Configs.openAi(Map.of()), ApiKey.of(KEY)).toString().contains(KEY));
        assertEquals("ApiKey[hidden]", ApiKey.of(KEY).toString());
    }
}
