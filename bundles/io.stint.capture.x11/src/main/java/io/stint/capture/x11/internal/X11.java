package io.stint.capture.x11.internal;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;

/** The few libX11 calls capture needs, mapped through JNA (XIDs and atoms are C longs). */
public interface X11 extends Library {

    int SUCCESS = 0;
    long ANY_PROPERTY_TYPE = 0;
    long XA_CARDINAL = 6;
    long XA_STRING = 31;
    long XA_WINDOW = 33;
    long XA_WM_NAME = 39;
    long XA_WM_CLASS = 67;

    /** libX11, by its development name or, where only the runtime package is installed, its soname. */
    static X11 load() {
        return Libraries.load(X11.class, "X11", "libX11.so.6");
    }

    Pointer XOpenDisplay(String name);

    int XCloseDisplay(Pointer display);

    NativeLong XDefaultRootWindow(Pointer display);

    NativeLong XInternAtom(Pointer display, String name, boolean onlyIfExists);

    int XGetWindowProperty(Pointer display, NativeLong window, NativeLong property, NativeLong longOffset,
            NativeLong longLength, boolean delete, NativeLong reqType, NativeLongByReference actualType,
            IntByReference actualFormat, NativeLongByReference items, NativeLongByReference bytesAfter,
            PointerByReference data);

    int XFree(Pointer data);

    int XSync(Pointer display, boolean discard);

    Pointer XSetErrorHandler(ErrorHandler handler);

    Pointer XSetIOErrorHandler(IOErrorHandler handler);

    /** Since libX11 1.7; lets a process outlive its X server. */
    void XSetIOErrorExitHandler(Pointer display, IOErrorExitHandler handler, Pointer userData);

    /** Called for protocol errors (BadWindow when a window vanished); returning ignores them. */
    interface ErrorHandler extends Callback {
        int invoke(Pointer display, Pointer event);
    }

    /** Called when the connection to the server breaks. */
    interface IOErrorHandler extends Callback {
        int invoke(Pointer display);
    }

    /** Called after {@link IOErrorHandler}; Xlib's default one exits the process. */
    interface IOErrorExitHandler extends Callback {
        void invoke(Pointer display, Pointer userData);
    }

    /** A native long. */
    static NativeLong l(long value) {
        return new NativeLong(value);
    }
}
