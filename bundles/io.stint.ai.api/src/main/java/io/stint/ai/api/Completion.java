package io.stint.ai.api;

/**
 * A provider's reply.
 *
 * @param content the reply's text
 * @param model the model that answered
 * @param promptTokens tokens of the request, when the provider says, else null
 * @param completionTokens tokens of the reply, when the provider says, else null
 */
public record Completion(String content, String model, Long promptTokens, Long completionTokens) {
}
