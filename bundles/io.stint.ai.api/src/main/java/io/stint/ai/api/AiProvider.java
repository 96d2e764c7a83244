package io.stint.ai.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * An AI provider, registered as a DS service by its own bundle. Several may be live at once; the
 * helper uses the one with the highest {@code service.ranking} unless configuration names one with
 * a {@code provider.target} filter. A provider must never hang: it answers within its configured
 * timeouts or fails with {@link AiUnavailableException}.
 */
@ConsumerType
public interface AiProvider {

    /** A stable id, e.g. {@code ollama}, {@code openai}. */
    String id();

    /** The model it asks, e.g. {@code llama3.1:8b}. */
    String model();

    /** Whether it runs on this machine or network (no data leaves for a hosted service). */
    boolean local();

    /**
     * The model's reply to {@code conversation}.
     *
     * @throws AiUnavailableException when the provider is down, slow, refuses, or answers nonsense
     */
    Completion complete(Conversation conversation);
}
