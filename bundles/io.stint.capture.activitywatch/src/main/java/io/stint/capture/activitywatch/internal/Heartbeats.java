package io.stint.capture.activitywatch.internal;

import java.time.Instant;

/** ActivityWatch's heartbeat merge rule. */
final class Heartbeats {

    private Heartbeats() {
    }

    /**
     * Whether {@code heartbeat} merges into {@code last}: equal data, and it starts no earlier than
     * {@code last} and no later than {@code last}'s end plus {@code pulsetime} seconds.
     */
    static boolean merges(AwEvent last, AwEvent heartbeat, double pulsetime) {
        if (last == null || !last.data().equals(heartbeat.data())) {
            return false;
        }
        Instant latest = last.end().plusNanos(Math.round(pulsetime * 1_000_000_000d));
        return !heartbeat.start().isBefore(last.start()) && !heartbeat.start().isAfter(latest);
    }

    /** {@code last} extended to cover {@code heartbeat}: same id, timestamp and data; its duration never shrinks. */
    static AwEvent merge(AwEvent last, AwEvent heartbeat) {
        double covering = (AwTimes.micros(heartbeat.start()) - AwTimes.micros(last.start())) / 1e6 + heartbeat.duration();
        return new AwEvent(last.id(), last.timestamp(), last.start(), Math.max(last.duration(), covering), last.data());
    }
}
