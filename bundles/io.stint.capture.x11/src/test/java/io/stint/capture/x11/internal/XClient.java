package io.stint.capture.x11.internal;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/** The libX11 and XTest calls the tests make as a window manager, its clients and a person with a mouse. */
public interface XClient extends Library {

    int PROP_MODE_REPLACE = 0;
    int RETAIN_PERMANENT = 1;

    static XClient load() {
        return Libraries.load(XClient.class, "X11", "libX11.so.6");
    }

    Pointer XOpenDisplay(String name);

    int XCloseDisplay(Pointer display);

    NativeLong XDefaultRootWindow(Pointer display);

    NativeLong XCreateSimpleWindow(Pointer display, NativeLong parent, int x, int y, int width, int height,
            int borderWidth, NativeLong border, NativeLong background);

    int XMapWindow(Pointer display, NativeLong window);

    int XDestroyWindow(Pointer display, NativeLong window);

    NativeLong XInternAtom(Pointer display, String name, boolean onlyIfExists);

    int XChangeProperty(Pointer display, NativeLong window, NativeLong property, NativeLong type, int format,
            int mode, Pointer data, int elements);

    int XDeleteProperty(Pointer display, NativeLong window, NativeLong property);

    int XSync(Pointer display, boolean discard);

    int XSetCloseDownMode(Pointer display, int mode);

    int XFlush(Pointer display);

    /** libXtst: fake input, as xdotool makes it. */
    interface Xtst extends Library {

        static Xtst load() {
            return Libraries.load(Xtst.class, "Xtst", "libXtst.so.6");
        }

        int XTestFakeMotionEvent(Pointer display, int screen, int x, int y, NativeLong delay);

        int XTestFakeRelativeMotionEvent(Pointer display, int x, int y, NativeLong delay);
    }
}
