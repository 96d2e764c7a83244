package io.stint.capture.activitywatch.internal;

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

/** Refuses request bodies over {@code body.limit.bytes} with 413, whether or not they declare a length. */
@Component(service = ContainerRequestFilter.class, scope = ServiceScope.PROTOTYPE, configurationPid = AwConfig.PID)
@Designate(ocd = AwConfig.class)
@JakartarsExtension
@JakartarsName("stint.activitywatch.body-limit")
@JakartarsApplicationSelect(AwApplication.SELECT)
@PreMatching
public final class AwBodyLimit implements ContainerRequestFilter {

    private final long maxBytes;

    @Activate
    public AwBodyLimit(AwConfig config) {
        this.maxBytes = config.body_limit_bytes();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            if (request.getLength() <= 16 * maxBytes) {
                drain(request.getEntityStream(), 16 * maxBytes); // so the client reads the 413, not a reset
            }
            throw tooLarge();
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    static AwException tooLarge() {
        return new AwException(413, "Payload Too Large: the request body is over the limit");
    }

    static void drain(InputStream in, long limit) {
        byte[] buffer = new byte[8192];
        long read = 0;
        try {
            for (int n; read < limit && (n = in.read(buffer)) > 0;) {
                read += n;
            }
        } catch (IOException e) {
            // the client went away
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
                drain(in, 16 * limit);
                throw tooLarge();
            }
        }
    }
}
