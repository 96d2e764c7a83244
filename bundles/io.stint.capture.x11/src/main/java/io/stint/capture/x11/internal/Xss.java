package io.stint.capture.x11.internal;

import com.sun.jna.Library;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.Structure.FieldOrder;
import com.sun.jna.ptr.IntByReference;

/** libXss, the MIT-SCREEN-SAVER extension's client: how long since the last input. */
public interface Xss extends Library {

    static Xss load() {
        return Libraries.load(Xss.class, "Xss", "libXss.so.1");
    }

    boolean XScreenSaverQueryExtension(Pointer display, IntByReference eventBase, IntByReference errorBase);

    Pointer XScreenSaverAllocInfo();

    int XScreenSaverQueryInfo(Pointer display, NativeLong drawable, Info info);

    /** XScreenSaverInfo; {@code idle} is milliseconds since the last input. */
    @FieldOrder({"window", "state", "kind", "tilOrSince", "idle", "eventMask"})
    class Info extends Structure {
        public NativeLong window;
        public int state;
        public int kind;
        public NativeLong tilOrSince;
        public NativeLong idle;
        public NativeLong eventMask;

        public Info() {
        }

        public Info(Pointer memory) {
            super(memory);
        }
    }
}
