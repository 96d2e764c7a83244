/** The openai module's implementation. */
package io.stint.ai.openai.internal;
