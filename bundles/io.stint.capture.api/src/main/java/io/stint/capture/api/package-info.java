/**
 * Stint's capture SPI. A capture provider registers an {@link io.stint.capture.api.ActivitySource}
 * as a DS service; while it is registered, Stint's activity module opens it with an
 * {@link io.stint.capture.api.ActivitySink} and the source emits {@link io.stint.capture.api.ActivityEvent}s
 * into it: which application, window or site a person works in, or that they are idle. Sources come
 * and go while the server runs; one that fails never stops the others.
 * <p>
 * Times are UTC {@link java.time.Instant}s with millisecond precision; durations are milliseconds.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.stint.capture.api;
