package io.stint.capture.x11.internal;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivitySink;
import io.stint.capture.api.ActivityState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The consumer side: keeps every event a source hands over (even while "paused", to catch a source that emits then). */
final class RecordingSink implements ActivitySink {

    /** One call: {@code record} or {@code heartbeat}. */
    record Call(String method, ActivityEvent event) {
    }

    final List<Call> calls = new CopyOnWriteArrayList<>();
    volatile boolean recording = true;

    @Override
    public boolean record(Long userId, ActivityEvent event) {
        calls.add(new Call("record", event));
        return recording;
    }

    @Override
    public boolean heartbeat(Long userId, ActivityEvent event, long pulseMillis) {
        calls.add(new Call("heartbeat", event));
        return recording;
    }

    @Override
    public boolean recording(Long userId) {
        return recording;
    }

    List<ActivityEvent> events() {
        return calls.stream().map(Call::event).collect(Collectors.toList());
    }

    List<ActivityEvent> active() {
        return events().stream().filter(e -> e.state() == ActivityState.ACTIVE).collect(Collectors.toList());
    }

    /** Waits up to {@code seconds} for an event matching {@code test}; returns its index in {@link #events}. */
    int await(Predicate<ActivityEvent> test, double seconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (seconds * TimeUnit.SECONDS.toNanos(1));
        do {
            List<ActivityEvent> events = events();
            for (int i = 0; i < events.size(); i++) {
                if (test.test(events.get(i))) {
                    return i;
                }
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no matching event within " + seconds + " s; got " + events());
    }

    /** Waits up to {@code seconds} for an event matching {@code test} and returns it. */
    ActivityEvent awaitEvent(Predicate<ActivityEvent> test, double seconds) throws InterruptedException {
        int index = await(test, seconds);
        return events().get(index);
    }
}
