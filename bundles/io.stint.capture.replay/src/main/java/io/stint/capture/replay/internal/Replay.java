package io.stint.capture.replay.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.stint.capture.api.ActivityEvent;
import io.stint.capture.api.ActivitySink;

/** Reading a replay file (line by line, broken lines reported) and playing its events into a sink. */
final class Replay {

    /** The events of a file, by start, and one message per broken line ({@code line N: why}). */
    record Report(List<ActivityEvent> events, List<String> problems) {
    }

    private Replay() {
    }

    static Report read(BufferedReader in, String sourceId, String host) throws IOException {
        List<ActivityEvent> events = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(ReplayLine.parse(line, sourceId, host));
            } catch (IllegalArgumentException e) {
                problems.add("line " + number + ": " + e.getMessage());
            }
        }
        events.sort(Comparator.comparing(ActivityEvent::start));
        return new Report(events, problems);
    }

    /**
     * Records each event in the sink (for the local user) when its time comes: {@code speed} 1 is as
     * recorded, higher is faster, 0 is at once. With {@code shiftTo}, the recording is moved so that
     * its last event ends then: a replay started now fills the hours just past.
     */
    static void play(List<ActivityEvent> events, ActivitySink sink, double speed, Instant shiftTo)
            throws InterruptedException {
        if (events.isEmpty()) {
            return;
        }
        Instant first = events.get(0).start();
        Instant lastEnd = events.stream().map(ActivityEvent::end).max(Instant::compareTo).orElse(first);
        Duration shift = shiftTo == null ? Duration.ZERO : Duration.between(lastEnd, shiftTo);
        long began = System.nanoTime();
        for (ActivityEvent e : events) {
            if (speed > 0) {
                long dueNanos = (long) (Duration.between(first, e.start()).toNanos() / speed);
                long wait = dueNanos - (System.nanoTime() - began);
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            sink.record(null, new ActivityEvent(e.start().plus(shift), e.durationMillis(), e.state(), e.app(), e.title(),
                    e.url(), e.domain(), e.sourceId(), e.host()));
        }
    }
}
