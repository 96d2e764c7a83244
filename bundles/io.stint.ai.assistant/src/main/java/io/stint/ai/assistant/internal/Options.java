package io.stint.ai.assistant.internal;

import java.util.List;
import java.util.Locale;

/** The helper's settings, checked once: what the context holds and when suggestions apply themselves. */
record Options(boolean hideTitles, int contextEntries, String autoApply, int maxPromptChars) {

    static final List<String> CONFIDENCES = List.of("LOW", "MEDIUM", "HIGH");

    Options {
        contextEntries = Math.max(0, Math.min(contextEntries, 200));
        maxPromptChars = Math.max(1000, maxPromptChars);
        autoApply = autoApply == null || autoApply.isBlank() ? null : autoApply.strip().toUpperCase(Locale.ROOT);
        if (autoApply != null && !CONFIDENCES.contains(autoApply)) {
            throw new IllegalArgumentException("suggestions.auto.apply.confidence must be HIGH, MEDIUM, LOW or empty");
        }
    }

    static Options of(AssistantSettings s) {
        return new Options(s.privacy_hide_titles(), s.context_entries(), s.suggestions_auto_apply_confidence(),
                s.max_prompt_chars());
    }

    static Options defaults() {
        return new Options(false, 20, null, 8000);
    }

    /** Whether a suggestion of {@code confidence} is applied without asking a person. */
    boolean appliesItself(String confidence) {
        return autoApply != null && CONFIDENCES.indexOf(confidence) >= CONFIDENCES.indexOf(autoApply);
    }
}
