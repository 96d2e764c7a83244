package io.stint.capture.activitywatch.internal.query;

/** PLACEHOLDER until the query interpreter lands (branch awquery): a query the client got wrong. */
public final class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QueryException(String message) {
        super(message);
    }
}
