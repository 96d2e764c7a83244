package io.stint.store.api;

/** A bundle's schema migrations could not be applied; the message names the bundle and script. */
public class MigrationException extends StoreException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
