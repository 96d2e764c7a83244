package io.stint.capture.activitywatch.internal.query;

/**
 * A query the client got wrong: syntax, an unknown function or variable, wrong arguments, a bad
 * time period, a bucket that does not exist. The message is meant for the client (ActivityWatch
 * answers these with the message); unchecked so that a {@link QuerySource} can throw it from
 * inside storage callbacks.
 */
public final class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
