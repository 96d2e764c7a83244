package io.stint.capture.x11.internal;

import static io.stint.capture.x11.internal.X11.l;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One open X display and the questions capture asks it; use it from one thread only (Xlib is not thread-safe). */
final class XConnection implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(XConnection.class);

    private final X11 x11;
    private final Pointer display;
    private final NativeLong root;
    private final WindowProperties properties;
    private final NativeLong netActiveWindow;
    private final NativeLong netWmName;
    private final NativeLong netWmPid;
    private final NativeLong utf8String;
    private final Xss xss;
    private final Xss.Info idleInfo;
    private final X11.IOErrorExitHandler keepAlive; // held so JNA keeps its native stub
    private volatile boolean lost;
    private boolean closed;

    private XConnection(X11 x11, Pointer display, Xss xss) {
        this.x11 = x11;
        this.display = display;
        this.root = x11.XDefaultRootWindow(display);
        this.properties = new WindowProperties(x11, display);
        this.netActiveWindow = x11.XInternAtom(display, "_NET_ACTIVE_WINDOW", false);
        this.netWmName = x11.XInternAtom(display, "_NET_WM_NAME", false);
        this.netWmPid = x11.XInternAtom(display, "_NET_WM_PID", false);
        this.utf8String = x11.XInternAtom(display, "UTF8_STRING", false);
        this.xss = xss;
        this.idleInfo = xss == null ? null : new Xss.Info(xss.XScreenSaverAllocInfo());
        this.keepAlive = XErrors.keepAlive(x11, display, () -> lost = true);
    }

    /**
     * Connects to {@code name} ({@code null} or empty: the {@code DISPLAY} environment variable).
     *
     * @throws IllegalStateException when there is no such display
     * @throws UnsatisfiedLinkError when libX11 cannot be loaded
     */
    static XConnection open(String name) {
        X11 x11 = X11.load();
        XErrors.install(x11);
        Pointer display = x11.XOpenDisplay(name == null || name.isEmpty() ? null : name);
        if (display == null) {
            throw new IllegalStateException("cannot open display " + (name == null || name.isEmpty()
                    ? "'" + System.getenv().getOrDefault("DISPLAY", "") + "' (DISPLAY)" : "'" + name + "'"));
        }
        return new XConnection(x11, display, screenSaver(display));
    }

    private static Xss screenSaver(Pointer display) {
        try {
            Xss xss = Xss.load();
            if (xss.XScreenSaverQueryExtension(display, new IntByReference(), new IntByReference())) {
                return xss;
            }
            LOG.info("The X server has no MIT-SCREEN-SAVER extension; X11 capture cannot tell idle time");
        } catch (UnsatisfiedLinkError e) {
            LOG.info("libXss is not installed; X11 capture cannot tell idle time");
        }
        return null;
    }

    /** Whether the server went away; a lost connection answers nothing any more. */
    boolean lost() {
        return lost;
    }

    /** The window the window manager marks active, or null when none is (or it vanished meanwhile). */
    ActiveWindow activeWindow() {
        long window = properties.cardinal(root, netActiveWindow, l(X11.XA_WINDOW));
        if (window <= 0 || lost) {
            return null;
        }
        NativeLong w = l(window);
        WindowProperties.Text wmClass = properties.text(w, l(X11.XA_WM_CLASS), l(X11.XA_STRING));
        if (wmClass == WindowProperties.Text.GONE) {
            return null; // BadWindow: closed since the root named it
        }
        String title = decode(properties.text(w, netWmName, utf8String));
        if (title == null || title.isEmpty()) {
            title = decode(properties.text(w, l(X11.XA_WM_NAME), l(X11.ANY_PROPERTY_TYPE)));
        }
        long pid = Math.max(0, properties.cardinal(w, netWmPid, l(X11.XA_CARDINAL)));
        return new ActiveWindow(window, appOf(wmClass), title, pid);
    }

    /** Milliseconds since the last keyboard or pointer input, or 0 when the server cannot tell. */
    long idleMillis() {
        if (xss == null || lost || xss.XScreenSaverQueryInfo(display, root, idleInfo) == 0) {
            return 0;
        }
        idleInfo.read();
        return idleInfo.idle.longValue();
    }

    /** WM_CLASS holds "instance\0class\0"; the class names the application (e.g. "firefox", "Gimp"). */
    private static String appOf(WindowProperties.Text wmClass) {
        if (wmClass == null || wmClass == WindowProperties.Text.GONE) {
            return null;
        }
        String[] parts = new String(wmClass.bytes(), StandardCharsets.ISO_8859_1).split("\0");
        String app = parts.length > 1 && !parts[1].isEmpty() ? parts[1] : parts.length > 0 ? parts[0] : "";
        return app.isEmpty() ? null : app;
    }

    private String decode(WindowProperties.Text text) {
        if (text == null || text == WindowProperties.Text.GONE) {
            return null;
        }
        // STRING is Latin-1; COMPOUND_TEXT starts in Latin-1 too, which covers what clients put there in practice.
        Charset charset = text.type() == utf8String.longValue() ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1;
        String decoded = new String(text.bytes(), charset);
        int end = decoded.indexOf('\0');
        return end >= 0 ? decoded.substring(0, end) : decoded;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (idleInfo != null) {
            x11.XFree(idleInfo.getPointer());
        }
        x11.XCloseDisplay(display);
    }
}
