/**
 * The AI provider SPI. A provider bundle registers an {@link io.stint.ai.api.AiProvider}; Stint's AI
 * helper sends it conversations and shows its completions. Providers come and go while the server
 * runs; the helper uses whichever is live.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.stint.ai.api;
