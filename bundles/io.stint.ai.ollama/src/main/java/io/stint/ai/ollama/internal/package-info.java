/** The ollama module's implementation. */
package io.stint.ai.ollama.internal;
