package io.stint.ai.api;

import java.util.List;

/**
 * What a provider is asked.
 *
 * @param messages system, user and assistant messages, in order
 * @param json whether the reply must be a JSON object (providers pass this on as their JSON mode)
 * @param maxTokens the longest reply wanted, or null for the provider's default
 */
public record Conversation(List<Message> messages, boolean json, Integer maxTokens) {

    public Conversation {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a conversation needs at least one message");
        }
    }
}
