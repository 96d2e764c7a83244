package io.stint.capture.x11.internal;

import com.sun.jna.Library;
import com.sun.jna.Native;

/** Loads a native library through JNA under the first of its names that the system has. */
final class Libraries {

    private Libraries() {
    }

    static <T extends Library> T load(Class<T> type, String... names) {
        UnsatisfiedLinkError failure = null;
        for (String name : names) {
            try {
                return Native.load(name, type);
            } catch (UnsatisfiedLinkError e) {
                failure = failure == null ? e : failure;
            }
        }
        throw failure;
    }
}
