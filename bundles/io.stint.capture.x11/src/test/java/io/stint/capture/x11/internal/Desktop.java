package io.stint.capture.x11.internal;

import static io.stint.capture.x11.internal.X11.l;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.nio.charset.StandardCharsets;

/**
 * The tests' side of the display: applications' windows and the window manager, which under Xvfb
 * (there is none) the test plays by naming the active window on the root window.
 */
final class Desktop implements AutoCloseable {

    private final XClient x = XClient.load();
    private final XClient.Xtst xtst = XClient.Xtst.load();
    private final Pointer display;
    private final NativeLong root;
    private int pointer;

    Desktop(String name) {
        display = x.XOpenDisplay(name);
        if (display == null) {
            throw new IllegalStateException("cannot open " + name);
        }
        root = x.XDefaultRootWindow(display);
    }

    /** A mapped window as an application makes it; a null title or app leaves that property unset. */
    long window(String instance, String app, String netWmName, String wmName, long pid) {
        NativeLong w = x.XCreateSimpleWindow(display, root, 10, 10, 300, 200, 0, l(0), l(0));
        if (instance != null || app != null) {
            text(w, "WM_CLASS", "STRING", (nonNull(instance) + "\0" + nonNull(app) + "\0")
                    .getBytes(StandardCharsets.ISO_8859_1));
        }
        if (netWmName != null) {
            title(w.longValue(), netWmName);
        }
        if (wmName != null) {
            text(w, "WM_NAME", "STRING", wmName.getBytes(StandardCharsets.ISO_8859_1));
        }
        if (pid > 0) {
            cardinal(w, "_NET_WM_PID", "CARDINAL", pid);
        }
        x.XMapWindow(display, w);
        x.XSync(display, false);
        return w.longValue();
    }

    /** Sets the window's _NET_WM_NAME, as an application does when its document changes. */
    void title(long window, String title) {
        text(l(window), "_NET_WM_NAME", "UTF8_STRING", title.getBytes(StandardCharsets.UTF_8));
        x.XSync(display, false);
    }

    /** Names {@code window} (0: none) the active one, as a window manager does on focus. */
    void activate(long window) {
        cardinal(root, "_NET_ACTIVE_WINDOW", "WINDOW", window);
        x.XSync(display, false);
    }

    void destroy(long window) {
        x.XDestroyWindow(display, l(window));
        x.XSync(display, false);
    }

    /** Lets this client's windows outlive its connection, as a session's windows outlive the tests' client. */
    void keepWindowsAfterClose() {
        x.XSetCloseDownMode(display, XClient.RETAIN_PERMANENT);
        x.XSync(display, false);
    }

    /** Moves the pointer through XTest: input, as far as the server's idle counter knows. */
    void nudge() {
        pointer = (pointer + 7) % 500;
        xtst.XTestFakeMotionEvent(display, 0, 100 + pointer, 100 + pointer, l(0));
        xtst.XTestFakeRelativeMotionEvent(display, 1, 1, l(0));
        x.XFlush(display);
        x.XSync(display, false);
    }

    private void text(NativeLong window, String property, String type, byte[] bytes) {
        Memory data = new Memory(Math.max(1, bytes.length));
        data.write(0, bytes, 0, bytes.length);
        x.XChangeProperty(display, window, atom(property), atom(type), 8, XClient.PROP_MODE_REPLACE, data,
                bytes.length);
    }

    private void cardinal(NativeLong window, String property, String type, long value) {
        Memory data = new Memory(Native.LONG_SIZE); // format 32 travels as C longs
        data.setNativeLong(0, l(value));
        x.XChangeProperty(display, window, atom(property), atom(type), 32, XClient.PROP_MODE_REPLACE, data, 1);
    }

    private NativeLong atom(String name) {
        return x.XInternAtom(display, name, false);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void close() {
        x.XCloseDisplay(display);
    }
}
