package io.stint.billing.api;

/** A service's editable fields. */
public record ServiceDraft(String name, boolean active) {
}
