package io.stint.capture.activitywatch.internal;

/** A failure ActivityWatch's API answers as {@code {"message": ...}} with {@link #status()}. */
public final class AwException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    public AwException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static AwException badRequest(String message) {
        return new AwException(400, message);
    }

    static AwException noSuchBucket(String bucketId) {
        return new AwException(404, "The requested bucket '" + bucketId + "' does not exist");
    }

    static AwException noSuchEvent(String bucketId, long eventId) {
        return new AwException(404, "The requested event '" + eventId + "' does not exist in bucket '" + bucketId + "'");
    }
}
