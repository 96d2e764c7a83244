package io.stint.capture.x11.internal;

import static io.stint.capture.x11.internal.X11.l;

import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.NativeLongByReference;
import com.sun.jna.ptr.PointerByReference;

/** Reads window properties with XGetWindowProperty. */
final class WindowProperties {

    /** Longest text read, in 32-bit units (16 KiB): a title longer than that is cut. */
    private static final long MAX_LENGTH = 4096;

    /** A text property's raw bytes and type; {@link #GONE} when the window does not exist. */
    record Text(long type, byte[] bytes) {
        static final Text GONE = new Text(-1, new byte[0]);
    }

    private final X11 x11;
    private final Pointer display;

    WindowProperties(X11 x11, Pointer display) {
        this.x11 = x11;
        this.display = display;
    }

    /** The first value of a 32-bit property (a window, a number), or -1 when it is not set. */
    long cardinal(NativeLong window, NativeLong property, NativeLong type) {
        Long value = read(window, property, type, 1, (format, items, data) ->
                format == 32 && items > 0 ? data.getNativeLong(0).longValue() : null, null);
        return value == null ? -1 : value;
    }

    /** An 8-bit property, or null when it is not set, or {@link Text#GONE} when the window is gone. */
    Text text(NativeLong window, NativeLong property, NativeLong type) {
        NativeLongByReference actualType = new NativeLongByReference();
        Text text = read(window, property, type, MAX_LENGTH, actualType, (format, items, data) ->
                format == 8 ? new Text(0, data.getByteArray(0, (int) items)) : null, Text.GONE);
        return text == null || text == Text.GONE ? text : new Text(actualType.getValue().longValue(), text.bytes());
    }

    private <T> T read(NativeLong window, NativeLong property, NativeLong type, long length, Reader<T> reader, T gone) {
        return read(window, property, type, length, new NativeLongByReference(), reader, gone);
    }

    private <T> T read(NativeLong window, NativeLong property, NativeLong type, long length,
            NativeLongByReference actualType, Reader<T> reader, T gone) {
        IntByReference format = new IntByReference();
        NativeLongByReference items = new NativeLongByReference();
        PointerByReference data = new PointerByReference();
        int status = x11.XGetWindowProperty(display, window, property, l(0), l(length), false, type, actualType,
                format, items, new NativeLongByReference(), data);
        if (status != X11.SUCCESS) {
            return gone;
        }
        Pointer memory = data.getValue();
        try {
            // A property of another type than asked comes back with no data (actual type set, 0 items).
            return memory == null ? null : reader.read(format.getValue(), items.getValue().longValue(), memory);
        } finally {
            if (memory != null) {
                x11.XFree(memory);
            }
        }
    }

    /** Turns a property's data into a value. */
    private interface Reader<T> {
        T read(int format, long items, Pointer data);
    }
}
