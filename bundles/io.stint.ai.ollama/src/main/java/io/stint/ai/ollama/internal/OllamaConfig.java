package io.stint.ai.ollama.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Stint AI: Ollama",
        description = "An AI provider that asks an Ollama server through its POST /api/chat. "
                + "Without this configuration there is no Ollama provider.")
@interface OllamaConfig {

    @AttributeDefinition(description = "The Ollama server, e.g. http://127.0.0.1:11434")
    String base_url() default "http://127.0.0.1:11434";

    @AttributeDefinition(description = "The model to ask, as Ollama names it, e.g. llama3.1:8b")
    String model() default "llama3.1:8b";

    @AttributeDefinition(description = "How long to wait for a connection to the server, in milliseconds")
    long connect_timeout_millis() default 2000;

    @AttributeDefinition(description = "How long one attempt may take, connection and whole reply included, in milliseconds")
    long request_timeout_millis() default 60000;

    @AttributeDefinition(description = "Further attempts after a connection failure, a timeout, a 5xx or a 429 (0 to 10); "
            + "other refusals are never retried")
    int retries() default 2;

    @AttributeDefinition(description = "Pause before the first retry, in milliseconds; it doubles before each further one")
    long retry_backoff_millis() default 250;

    @AttributeDefinition(description = "Preference among live AI providers: the highest ranking is used "
            + "unless the assistant's provider.target names another")
    int service_ranking() default 0;

    @AttributeDefinition(description = "Whether the server runs on this machine or network, so no data leaves for a hosted service")
    boolean local() default true;
}
