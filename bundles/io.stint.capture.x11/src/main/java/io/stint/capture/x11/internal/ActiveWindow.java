package io.stint.capture.x11.internal;

/** What the active window showed at one poll: its application class, title and process id (0 when unknown). */
record ActiveWindow(long id, String app, String title, long pid) {
}
