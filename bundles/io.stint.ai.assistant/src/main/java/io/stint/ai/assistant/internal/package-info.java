/** The assistant module's implementation. */
package io.stint.ai.assistant.internal;
