package io.stint.ai.openai.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.ai.api.Completion;
import io.stint.ai.api.Conversation;
import io.stint.ai.api.Message;

/**
 * The chat completions wire format: the request body, the reply's completion and an error's text.
 * Request {@code {"model", "messages":[{"role","content"}], "response_format":{"type":"json_object"}?,
 * "max_tokens"?}}; reply {@code {"model", "choices":[{"message":{"role","content"}}],
 * "usage":{"prompt_tokens","completion_tokens"}}}; error {@code {"error":{"message","type","code"}}}.
 */
final class ChatWire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatWire() {
    }

    static String request(String model, Conversation conversation) {
        ObjectNode body = JSON.createObjectNode();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        for (Message message : conversation.messages()) {
            messages.addObject().put("role", message.role()).put("content", message.content());
        }
        if (conversation.json()) {
            body.putObject("response_format").put("type", "json_object");
        }
        if (conversation.maxTokens() != null) {
            body.put("max_tokens", conversation.maxTokens().intValue());
        }
        body.put("stream", false);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    /**
     * The completion in a 2xx reply's {@code body}.
     *
     * @throws IllegalArgumentException naming what is wrong (never quoting the body) when it is not one
     */
    static Completion completion(String body, String askedModel) {
        JsonNode reply = parse(body);
        if (reply == null || !reply.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode choices = reply.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            throw new IllegalArgumentException(reply.path("error").isObject() ? "an error instead of choices" : "no choices");
        }
        JsonNode message = choices.get(0).path("message");
        JsonNode content = message.path("content");
        if (!content.isTextual()) {
            throw new IllegalArgumentException(message.path("refusal").isTextual() ? "the model refused to answer"
                    : "no message content");
        }
        JsonNode model = reply.path("model");
        JsonNode usage = reply.path("usage");
        return new Completion(content.asText(), model.isTextual() && !model.asText().isBlank() ? model.asText() : askedModel,
                count(usage.path("prompt_tokens")), count(usage.path("completion_tokens")));
    }

    /** The text an error reply gives: {@code error.message}, else its code or type; null when there is none. */
    static String errorText(String body) {
        JsonNode reply = parse(body);
        if (reply == null) {
            return null;
        }
        JsonNode error = reply.path("error");
        for (JsonNode text : new JsonNode[] { error.path("message"), error.path("code"), error.path("type"),
                reply.path("message"), error }) {
            if (text.isTextual() && !text.asText().isBlank()) {
                return text.asText();
            }
        }
        return null;
    }

    private static Long count(JsonNode node) {
        return node.canConvertToLong() && node.isIntegralNumber() ? node.asLong() : null;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
