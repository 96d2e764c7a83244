package io.stint.rest.internal;

import static io.stint.rest.internal.StintApplication.SELECT_ALL;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.metatype.annotations.Designate;

/** Refuses request bodies over the configured size with 413, whether or not they declare a length. */
@Component(service = ContainerRequestFilter.class, scope = ServiceScope.PROTOTYPE, configurationPid = "io.stint.rest")
@Designate(ocd = RestConfig.class)
@JakartarsExtension
@JakartarsName("stint.body-limit")
@JakartarsApplicationSelect(SELECT_ALL)
@PreMatching
public final class BodyLimitFilter implements ContainerRequestFilter {

    private final long maxBytes;

    @Activate
    public BodyLimitFilter(RestConfig config) {
        this.maxBytes = config.max_body_bytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            if (request.getLength() <= drainLimit(maxBytes)) {
                drain(request.getEntityStream(), drainLimit(maxBytes));
            }
            throw Errors.tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    /** Up to how many bytes of a refused body are read and dropped before answering. */
    static long drainLimit(long maxBytes) {
        return 16 * maxBytes;
    }

    /**
     * Reads and drops the rest of a refused body, up to {@code limit} bytes: a client that is still
     * sending when the server answers and closes gets a reset instead of the 413.
     */
    static void drain(InputStream in, long limit) {
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

    /** Counts what is read and fails once the limit is passed. */
    static final class Limited extends FilterInputStream {
        private final long limit;
        private long remaining;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
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
                throw Errors.tooLarge();
            }
        }
    }
}
