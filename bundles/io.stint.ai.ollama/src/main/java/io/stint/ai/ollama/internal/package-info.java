/** The Ollama AI provider: registered as an {@code AiProvider} while {@code io.stint.ai.ollama} is configured. */
package io.stint.ai.ollama.internal;
