package io.stint.capture.activitywatch.internal.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.stint.capture.activitywatch.internal.AwEvent;

/** Transforms over time: aw-transform's flood and filter_period_intersect. */
final class Timelines {

    private Timelines() {
    }

    /**
     * Fills gaps shorter than {@code pulseNanos}: neighbours with equal data are joined, others
     * meet in the middle of the gap (aw-transform's flood, durations kept non-negative).
     */
    static List<AwEvent> flood(List<AwEvent> events, long pulseNanos) {
        List<AwEvent> sorted = Transforms.sortByTimestamp(events);
        List<AwEvent> out = new ArrayList<>(sorted.size());
        boolean dropNext = false;
        Long gapBefore = null;
        for (int i = 0; i < sorted.size(); i++) {
            if (dropNext) {
                dropNext = false;
                continue;
            }
            AwEvent e1 = sorted.get(i);
            Instant start = e1.start();
            long duration = Transforms.nanos(e1);
            if (gapBefore != null) {
                start = start.minusNanos(gapBefore / 2);
                duration = Transforms.add(duration, gapBefore / 2);
                gapBefore = null;
            }
            if (i + 1 < sorted.size()) {
                AwEvent e2 = sorted.get(i + 1);
                Instant end1 = start.plusNanos(duration);
                long gap = Transforms.between(end1, e2.start());
                if (gap < pulseNanos) {
                    if (Objects.equals(e1.data(), e2.data())) {
                        Instant end2 = e2.end();
                        duration = Transforms.between(start, end2.isAfter(end1) ? end2 : end1);
                        dropNext = true;
                    } else {
                        duration = Transforms.add(duration, gap / 2);
                        gapBefore = gap;
                    }
                }
            }
            out.add(Transforms.span(e1, start, duration));
        }
        return out;
    }

    /** The parts of the events that lie within the filter events (aw-transform's filter_period_intersect). */
    static List<AwEvent> intersect(List<AwEvent> events, List<AwEvent> filters) {
        List<AwEvent> ev = Transforms.sortByTimestamp(events);
        List<AwEvent> fl = Transforms.sortByTimestamp(filters);
        List<AwEvent> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        Instant emittedUntil = null;
        while (i < ev.size() && j < fl.size()) {
            AwEvent e = ev.get(i);
            AwEvent f = fl.get(j);
            Instant eStart = emittedUntil != null && emittedUntil.isAfter(e.start()) ? emittedUntil : e.start();
            Instant eEnd = e.end();
            Instant[] part = intersection(eStart, eEnd, f.start(), f.end());
            if (part != null) {
                out.add(Transforms.span(e, part[0], Transforms.between(part[0], part[1])));
                if (!eEnd.isAfter(f.end())) {
                    i++;
                    emittedUntil = null;
                } else {
                    j++;
                    emittedUntil = part[1];
                }
            } else if (!eEnd.isAfter(f.start())) {
                i++;
                emittedUntil = null;
            } else {
                j++;
            }
        }
        return out;
    }

    /** Intersection of two intervals, closed when one of them is empty (as aw-core's Timeslot). */
    private static Instant[] intersection(Instant aStart, Instant aEnd, Instant bStart, Instant bEnd) {
        if (!aStart.isAfter(bStart) && !bEnd.isAfter(aEnd)) {
            return new Instant[] {bStart, bEnd};
        } else if (!aStart.isAfter(bStart) && bStart.isBefore(aEnd)) {
            return new Instant[] {bStart, aEnd};
        } else if (aStart.isBefore(bEnd) && !bEnd.isAfter(aEnd)) {
            return new Instant[] {aStart, bEnd};
        } else if (!bStart.isAfter(aStart) && !aEnd.isAfter(bEnd)) {
            return new Instant[] {aStart, aEnd};
        }
        return null;
    }

}
