package io.stint.capture.x11.internal;

import com.sun.jna.Pointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process-wide Xlib error handlers: Xlib's defaults end the process on a protocol error (a
 * window that vanished between two calls) or a lost server, which would take the whole Stint
 * server with it.
 */
final class XErrors {

    private static final Logger LOG = LoggerFactory.getLogger(XErrors.class);

    // Strong references: JNA frees a callback's native stub when its object is collected.
    private static final X11.ErrorHandler IGNORE = (display, event) -> 0;
    private static final X11.IOErrorHandler LOST = display -> {
        LOG.warn("The connection to the X server broke; X11 capture stops");
        return 0;
    };
    private static boolean installed;

    private XErrors() {
    }

    /** Installs the handlers once per process. */
    static synchronized void install(X11 x11) {
        if (!installed) {
            x11.XSetErrorHandler(IGNORE);
            x11.XSetIOErrorHandler(LOST);
            installed = true;
        }
    }

    /** Keeps Xlib from exiting after {@code display}'s connection broke; calls {@code onLost} instead. */
    static X11.IOErrorExitHandler keepAlive(X11 x11, Pointer display, Runnable onLost) {
        X11.IOErrorExitHandler handler = (d, data) -> onLost.run();
        try {
            x11.XSetIOErrorExitHandler(display, handler, null);
        } catch (UnsatisfiedLinkError e) {
            LOG.info("libX11 before 1.7 has no XSetIOErrorExitHandler: if the X server goes away, Xlib ends this process");
        }
        return handler;
    }
}
