package io.stint.ai.ollama.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stint.ai.api.Completion;
import io.stint.ai.api.Conversation;
import io.stint.ai.api.Message;
import java.io.IOException;
import java.util.Optional;

/** Ollama's {@code /api/chat} bodies: the request Stint sends and the single reply object it reads. */
final class ChatWire {

    /** Longest text of Ollama's own error kept in a message: enough to name the problem, never a page of it. */
    private static final int MAX_ERROR_CHARS = 200;

    private final ObjectMapper mapper = new ObjectMapper();
    // A streamed reply (several JSON objects, one a line) must not pass as its first fragment.
    private final ObjectReader reader = mapper.readerFor(JsonNode.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The request body: the model, the messages, no streaming, JSON mode and a token limit when asked. */
    byte[] request(String model, Conversation conversation) {
        ObjectNode body = mapper.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        for (Message message : conversation.messages()) {
            messages.addObject().put("role", message.role()).put("content", message.content());
        }
        // One reply object instead of Ollama's default stream of fragments.
        body.put("stream", false);
        if (conversation.json()) {
            body.put("format", "json");
        }
        if (conversation.maxTokens() != null) {
            body.putObject("options").put("num_predict", conversation.maxTokens());
        }
        try {
            return mapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** The completion in a 2xx reply, or empty when the body is not a finished chat reply. */
    Optional<Completion> completion(byte[] body, String askedModel) {
        JsonNode reply = parse(body);
        if (reply == null || reply.has("error")) {
            return Optional.empty();
        }
        JsonNode content = reply.path("message").path("content");
        if (!content.isTextual() || reply.path("done").isBoolean() && !reply.path("done").asBoolean()) {
            return Optional.empty();
        }
        JsonNode model = reply.path("model");
        return Optional.of(new Completion(content.asText(), model.isTextual() ? model.asText() : askedModel,
                count(reply.path("prompt_eval_count")), count(reply.path("eval_count"))));
    }

    /** Ollama's {@code error} text, shortened and on one line, or empty when the body has none. */
    Optional<String> error(byte[] body) {
        JsonNode reply = parse(body);
        JsonNode error = reply == null ? null : reply.get("error");
        if (error == null || !error.isTextual() || error.asText().isBlank()) {
            return Optional.empty();
        }
        String text = error.asText().replaceAll("\\s+", " ").trim();
        return Optional.of(text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + "…");
    }

    private JsonNode parse(byte[] body) {
        try {
            JsonNode node = reader.readValue(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Long count(JsonNode node) {
        return node.canConvertToLong() && node.isIntegralNumber() ? node.asLong() : null;
    }
}
