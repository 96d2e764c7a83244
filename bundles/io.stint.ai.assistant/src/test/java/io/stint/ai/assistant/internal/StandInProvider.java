package io.stint.ai.assistant.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import io.stint.ai.api.AiProvider;
import io.stint.ai.api.AiUnavailableException;
import io.stint.ai.api.Completion;
import io.stint.ai.api.Conversation;

/**
 * A stand-in AI provider for unit tests: it answers scripted replies in order (or fails when told
 * to) and keeps every conversation it was sent. The real providers are tested against their
 * protocols in their own bundles.
 */
final class StandInProvider implements AiProvider {

    final String id;
    final Deque<String> replies = new ArrayDeque<>();
    final List<Conversation> asked = new ArrayList<>();
    volatile boolean down;
    /** Runs while answering, before the reply: lets a test unregister the provider mid-call. */
    volatile Runnable during = () -> { };

    StandInProvider(String id) {
        this.id = id;
    }

    StandInProvider reply(String content) {
        replies.add(content);
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String model() {
        return id + "-model";
    }

    @Override
    public boolean local() {
        return true;
    }

    @Override
    public Completion complete(Conversation conversation) {
        asked.add(conversation);
        during.run();
        if (down || replies.isEmpty()) {
            throw new AiUnavailableException(id + " does not answer");
        }
        return new Completion(replies.poll(), model(), null, null);
    }
}
