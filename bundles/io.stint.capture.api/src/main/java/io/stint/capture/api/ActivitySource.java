package io.stint.capture.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A capture provider, registered as a DS service. While it is registered (and Stint's activity
 * module is running) the module calls {@link #open} once with the sink to emit into, and
 * {@link #close} when either side goes away. A source emits from its own threads; an exception it
 * throws from {@code open} or {@code close} is logged and affects no other source.
 */
@ConsumerType
public interface ActivitySource {

    /** A stable id, e.g. {@code x11}, {@code activitywatch}, {@code replay}; unique among live sources. */
    String id();

    /**
     * Whether the source can capture here (native capture without a display cannot). An unavailable
     * source is listed as such and emits nothing.
     */
    boolean available();

    /** Starts emitting into {@code sink}. */
    void open(ActivitySink sink);

    /** Stops emitting; the sink must not be used after this returns. */
    void close();
}
