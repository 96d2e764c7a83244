package io.stint.capture.x11.internal;

import io.stint.capture.api.ActivitySink;
import io.stint.capture.api.ActivitySource;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Native capture on X11: the active window's application and title, and idle time, polled on one thread. */
@Component(service = ActivitySource.class, configurationPid = "io.stint.capture.x11",
        configurationPolicy = ConfigurationPolicy.OPTIONAL, property = "source.id=" + Emitter.SOURCE_ID)
@Designate(ocd = X11Config.class)
public final class X11Source implements ActivitySource {

    private static final Logger LOG = LoggerFactory.getLogger(X11Source.class);
    private static final long FAILURE_LOG_INTERVAL_MILLIS = 60_000;

    private final String display;
    private final long pollMillis;
    private final long idleThresholdMillis;
    private ScheduledExecutorService xThread; // every Xlib call runs here: Xlib is not thread-safe
    private XConnection connection;           // touched only on xThread once opened
    private boolean unavailable; // tried once and failed: not tried again until DS activates anew
    private boolean open;
    private long lastFailureLogged = Long.MIN_VALUE;

    @Activate
    public X11Source(X11Config config) {
        this(config.display(), config.poll_interval_millis(), config.idle_threshold_seconds() * 1000);
    }

    X11Source(String display, long pollMillis, long idleThresholdMillis) {
        this.display = display == null ? "" : display.trim();
        this.pollMillis = Math.max(10, pollMillis);
        this.idleThresholdMillis = Math.max(1000, idleThresholdMillis);
    }

    @Override
    public String id() {
        return Emitter.SOURCE_ID;
    }

    @Override
    public synchronized boolean available() {
        if (connection != null) {
            return !connection.lost();
        }
        if (unavailable) {
            return false;
        }
        xThread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "stint-x11-capture");
            thread.setDaemon(true);
            return thread;
        });
        try {
            connection = xThread.submit(() -> XConnection.open(display)).get(10, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            LOG.info("X11 capture is unavailable: {}", cause instanceof UnsatisfiedLinkError
                    ? "libX11 cannot be loaded (" + cause.getMessage() + ")" : String.valueOf(cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        unavailable = true;
        stopThread();
        return false;
    }

    @Override
    public synchronized void open(ActivitySink sink) {
        if (open || !available()) {
            return;
        }
        open = true;
        Emitter emitter = new Emitter(sink, hostName(), idleThresholdMillis, 2 * pollMillis);
        XConnection x = connection;
        xThread.scheduleAtFixedRate(() -> poll(x, sink, emitter), 0, pollMillis, TimeUnit.MILLISECONDS);
    }

    private void poll(XConnection x, ActivitySink sink, Emitter emitter) {
        try {
            if (x.lost()) {
                return;
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            if (!sink.recording(null)) {
                emitter.paused(now);
                return;
            }
            ActiveWindow window = x.activeWindow();
            long idleMillis = x.idleMillis();
            if (!x.lost()) {
                emitter.poll(now, window, idleMillis);
            }
        } catch (RuntimeException e) {
            // Keep polling: a scheduled task that throws is never run again.
            long millis = System.currentTimeMillis();
            if (millis - lastFailureLogged >= FAILURE_LOG_INTERVAL_MILLIS) {
                lastFailureLogged = millis;
                LOG.warn("X11 capture failed to poll (logged at most once a minute)", e);
            }
        }
    }

    @Override
    @Deactivate
    public synchronized void close() {
        open = false;
        if (xThread == null) {
            return;
        }
        XConnection x = connection;
        connection = null;
        if (x != null) {
            xThread.execute(x::close);
        }
        stopThread();
    }

    /** Stops polling; the poll under way, if any, and the display's closing finish first. */
    private void stopThread() {
        ScheduledExecutorService thread = xThread;
        xThread = null;
        thread.shutdown(); // cancels the periodic poll, runs what is already queued
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("X11 capture's thread did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException | SecurityException e) {
            return "localhost";
        }
    }
}
