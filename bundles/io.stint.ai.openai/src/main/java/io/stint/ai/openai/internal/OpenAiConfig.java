package io.stint.ai.openai.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration PID {@code io.stint.ai.openai} ({@code etc/io.stint.ai.openai.cfg}). */
@ObjectClassDefinition(name = "Stint AI: OpenAI-compatible",
        description = "An AI provider that asks an OpenAI-compatible server through POST {base.url}/v1/chat/completions: "
                + "a hosted service or a local llama.cpp or vLLM server. Without this configuration there is no such provider.")
@interface OpenAiConfig {

    String PID = "io.stint.ai.openai";

    @AttributeDefinition(description = "The server's root, e.g. https://api.openai.com or http://127.0.0.1:8080 (a trailing /v1 is accepted)")
    String base_url() default "https://api.openai.com";

    @AttributeDefinition(description = "The model to ask, as the server names it")
    String model() default "gpt-4o-mini";

    @AttributeDefinition(type = AttributeType.PASSWORD, required = false,
            description = "The API key in plain text, written here once: on activation it is sealed into api.key.sealed "
                    + "and removed. Empty for servers that need none")
    String api_key() default "";

    @AttributeDefinition(type = AttributeType.PASSWORD, required = false,
            description = "The API key sealed with this installation's key ($STINT_DATA/keys/secrets.key); set by Stint")
    String api_key_sealed() default "";

    @AttributeDefinition(description = "How long to wait for a connection to the server, in milliseconds")
    long connect_timeout_millis() default 5000;

    @AttributeDefinition(description = "How long one attempt may take, connection and whole reply included, in milliseconds")
    long request_timeout_millis() default 60000;

    @AttributeDefinition(description = "Further attempts after a connection failure, a timeout, a 5xx or a 429 (0 to 10); "
            + "other refusals are never retried")
    int retries() default 2;

    @AttributeDefinition(description = "Pause before the first retry, in milliseconds; it doubles before each further one")
    long retry_backoff_millis() default 500;

    @AttributeDefinition(description = "Preference among live AI providers: the highest ranking is used "
            + "unless the assistant's provider.target names another")
    int service_ranking() default 0;

    @AttributeDefinition(description = "Whether the server runs on this machine or network, so no data leaves for a hosted "
            + "service; auto: true when base.url names a loopback address or localhost",
            options = { @Option(label = "auto", value = "auto"), @Option(label = "true", value = "true"),
                    @Option(label = "false", value = "false") })
    String local() default "auto";
}
