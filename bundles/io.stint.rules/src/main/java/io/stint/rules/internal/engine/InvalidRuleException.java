package io.stint.rules.internal.engine;

/** A rule's match value that cannot be used; the message says why, fit for a 400 answer. */
public final class InvalidRuleException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidRuleException(String message) {
        super(message, null, false, false);
    }
}
