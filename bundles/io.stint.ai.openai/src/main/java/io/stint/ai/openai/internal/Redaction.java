package io.stint.ai.openai.internal;

import java.util.regex.Pattern;

import io.stint.ai.api.Conversation;
import io.stint.ai.api.Message;

/** Makes a server's error text safe to show: no API key, no prompt, one short line. */
final class Redaction {

    static final int MAX_LENGTH = 200;
    /** Key-like tokens (OpenAI's keys start sk-), in case a server echoes a key that is not ours. */
    private static final Pattern KEY_LIKE = Pattern.compile("\\bsk-[A-Za-z0-9_*.-]{6,}");
    /** Shorter message texts are too common to be a prompt worth hiding ("hi", "yes"). */
    private static final int MIN_PROMPT_LENGTH = 12;

    private final ApiKey key;
    private final Conversation conversation;

    Redaction(ApiKey key, Conversation conversation) {
        this.key = key;
        this.conversation = conversation;
    }

    /** {@code text} without the key or any message of the conversation; null stays null. */
    String apply(String text) {
        if (text == null) {
            return null;
        }
        String safe = key.scrub(text);
        for (Message message : conversation.messages()) {
            if (message.content().length() >= MIN_PROMPT_LENGTH) {
                safe = safe.replace(message.content(), "[prompt]");
            }
        }
        safe = KEY_LIKE.matcher(safe).replaceAll("sk-***").replaceAll("\\s+", " ").strip();
        return safe.length() <= MAX_LENGTH ? safe : safe.substring(0, MAX_LENGTH) + "...";
    }
}
