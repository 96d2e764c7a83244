package io.stint.rest.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The request body limit every Stint application applies in a pre-matching filter: a body that
 * declares a larger length is refused at once, one that does not is cut off where it passes the
 * limit. A refused body of up to {@link #drainLimit} bytes is read and dropped first, so a client
 * still sending gets the 413 answer instead of a connection reset.
 */
public final class BodyLimit {

    private BodyLimit() {
    }

    /**
     * Applies {@code maxBytes} to {@code request}; {@code tooLarge} makes the exception its
     * application answers with 413 (thrown now, or while the body is read).
     */
    public static void enforce(ContainerRequestContext request, long maxBytes, Supplier<? extends RuntimeException> tooLarge) {
        if (request.getLength() > maxBytes) {
            if (request.getLength() <= drainLimit(maxBytes)) {
                drain(request.getEntityStream(), drainLimit(maxBytes));
            }
            throw tooLarge.get();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes, tooLarge));
        }
    }

    /** Up to how many bytes of a refused body are read and dropped before answering. */
    public static long drainLimit(long maxBytes) {
        return 16 * maxBytes;
    }

    /** Reads and drops the rest of a refused body, up to {@code limit} bytes. */
    public static void drain(InputStream in, long limit) {
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            for (int n; read < limit && (n = in.read(buffer)) > 0;) {
                read += n;
            }
        } catch (IOException e) {
            // the client went away; the answer goes out or not, as the connection allows
        }
    }

    /** A body stream that counts what is read and fails once the limit is passed. */
    public static InputStream limited(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
        return new Limited(in, limit, tooLarge);
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private final Supplier<? extends RuntimeException> tooLarge;
        private long remaining;

        Limited(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
            super(in);
            this.limit = limit;
            this.tooLarge = tooLarge;
            this.remaining = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) {
            remaining -= n;
            if (remaining < 0) {
                drain(in, drainLimit(limit));
                throw tooLarge.get();
            }
        }
    }
}
