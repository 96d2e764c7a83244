package io.stint.ai.assistant.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The AI helper's settings, PID {@code io.stint.ai.assistant}. */
@ObjectClassDefinition(name = "Stint AI helper",
        description = "Which AI provider the helper uses, what it sends, and when suggestions apply themselves.")
public @interface AssistantSettings {

    String PID = "io.stint.ai.assistant";

    @AttributeDefinition(required = false, description = "An LDAP filter naming the providers the helper may use, "
            + "e.g. (provider.id=ollama) or (component.name=...); empty: any live provider, highest service.ranking first")
    String provider_target() default "";

    @AttributeDefinition(description = "Leave window titles, URLs and domains out of what is sent to the provider")
    boolean privacy_hide_titles() default false;

    @AttributeDefinition(description = "How many of the user's recent time entries the context holds")
    int context_entries() default 20;

    @AttributeDefinition(required = false, description = "Apply a block suggestion at once when its confidence is "
            + "at least this (HIGH, MEDIUM or LOW); empty: a person accepts each one")
    String suggestions_auto_apply_confidence() default "";

    @AttributeDefinition(description = "The longest context (characters of JSON) sent with a chat")
    int max_prompt_chars() default 8000;
}
