/** An AI provider speaking the OpenAI-compatible chat completions API (hosted services, llama.cpp, vLLM). */
package io.stint.ai.openai.internal;
