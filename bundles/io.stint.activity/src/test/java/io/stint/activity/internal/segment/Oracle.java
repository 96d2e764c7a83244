package io.stint.activity.internal.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/** A slow, obviously-correct reading of the segmentation rules, over every elementary interval. */
final class Oracle {

    /** An elementary interval [from, to) of ACTIVE time, its attributing event and covering domains. */
    record Slice(long from, long to, SegEvent by, List<String> domains) {
        long ms() {
            return to - from;
        }
    }

    private record Run(List<Slice> slices) {
        SegEvent key() {
            return slices.get(0).by();
        }

        long ms() {
            return slices.stream().mapToLong(Slice::ms).sum();
        }
    }

    private Oracle() {
    }

    /** The ACTIVE slices of the input, in time order, split at every event boundary. */
    static List<Slice> activeSlices(List<SegEvent> events) {
        List<Slice> slices = new ArrayList<>();
        long[] points = boundaries(events);
        for (int p = 0; p + 1 < points.length; p++) {
            long x = points[p];
            long y = points[p + 1];
            SegEvent by = null;
            boolean idle = false;
            List<String> domains = new ArrayList<>();
            for (SegEvent e : events) {
                if (e.startMs() <= x && e.endMs() >= y) {
                    if (e.idle()) {
                        idle = true;
                    } else {
                        if (by == null) {
                            by = e;
                        }
                        if (e.domain() != null) {
                            domains.add(e.domain());
                        }
                    }
                }
            }
            if (by != null && !idle) {
                slices.add(new Slice(x, y, by, domains));
            }
        }
        return slices;
    }

    /** Whether any IDLE event covers part of [from, to). */
    static boolean idleWithin(List<SegEvent> events, long from, long to) {
        for (SegEvent e : events) {
            if (e.idle() && e.startMs() < to && e.endMs() > from && e.endMs() > e.startMs()) {
                return true;
            }
        }
        return false;
    }

    /** ACTIVE ms inside [from, to). */
    static long activeWithin(List<SegEvent> events, long from, long to) {
        long sum = 0;
        for (Slice s : activeSlices(events)) {
            sum += Math.max(0, Math.min(to, s.to()) - Math.max(from, s.from()));
        }
        return sum;
    }

    static long totalActive(List<SegEvent> events) {
        return activeSlices(events).stream().mapToLong(Slice::ms).sum();
    }

    static List<SegBlock> segment(List<SegEvent> events, SegSettings settings) {
        List<Slice> slices = activeSlices(events);
        List<List<Slice>> segments = new ArrayList<>();
        Slice previous = null;
        for (Slice s : slices) {
            boolean hard = previous == null || s.from() - previous.to() > settings.mergeGapMs()
                    || idleWithin(events, previous.to(), s.from());
            if (hard) {
                segments.add(new ArrayList<>());
            }
            segments.get(segments.size() - 1).add(s);
            previous = s;
        }
        List<SegBlock> blocks = new ArrayList<>();
        for (List<Slice> segment : segments) {
            blocks.addAll(blocksOf(runsOf(segment), settings.minBlockMs()));
        }
        return blocks;
    }

    private static List<Run> runsOf(List<Slice> segment) {
        List<Run> runs = new ArrayList<>();
        for (Slice s : segment) {
            if (runs.isEmpty() || !sameKey(runs.get(runs.size() - 1).key(), s.by())) {
                runs.add(new Run(new ArrayList<>()));
            }
            runs.get(runs.size() - 1).slices().add(s);
        }
        return runs;
    }

    private static List<SegBlock> blocksOf(List<Run> runs, long minBlockMs) {
        // Each run belongs to a long run: the last one at or before it, else the first one after.
        int firstLong = -1;
        for (int r = 0; r < runs.size(); r++) {
            if (runs.get(r).ms() >= minBlockMs) {
                firstLong = r;
                break;
            }
        }
        int[] group = new int[runs.size()];
        int groups = 0;
        SegEvent groupKey = null;
        for (int r = 0; r < runs.size(); r++) {
            boolean isLong = runs.get(r).ms() >= minBlockMs;
            if (isLong && r > firstLong && !sameKey(groupKey, runs.get(r).key())) {
                groups++;
            }
            if (isLong) {
                groupKey = runs.get(r).key();
            }
            group[r] = groups;
        }
        List<SegBlock> blocks = new ArrayList<>();
        for (int g = 0; g <= groups && !runs.isEmpty(); g++) {
            List<Slice> in = new ArrayList<>();
            for (int r = 0; r < runs.size(); r++) {
                if (group[r] == g) {
                    in.addAll(runs.get(r).slices());
                }
            }
            blocks.add(block(in, g == 0));
        }
        return blocks;
    }

    private static SegBlock block(List<Slice> in, boolean hardStart) {
        Map<String, Long> apps = new TreeMap<>();
        Map<String, Long> titles = new TreeMap<>();
        Map<String, Long> domains = new TreeMap<>();
        long active = 0;
        for (Slice s : in) {
            active += s.ms();
            tally(apps, s.by().app(), s.ms());
            tally(titles, s.by().title(), s.ms());
            for (String d : s.domains()) {
                tally(domains, d, s.ms());
            }
        }
        return new SegBlock(in.get(0).from(), in.get(in.size() - 1).to(), active, best(apps), best(titles),
                best(domains), hardStart);
    }

    private static void tally(Map<String, Long> map, String key, long ms) {
        if (key != null) {
            map.merge(key, ms, Long::sum);
        }
    }

    /** Most time; the TreeMap's order makes the first of equal values the smallest. */
    private static String best(Map<String, Long> map) {
        String best = null;
        for (Map.Entry<String, Long> e : map.entrySet()) {
            if (best == null || e.getValue() > map.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static boolean sameKey(SegEvent a, SegEvent b) {
        return a != null && Objects.equals(a.app(), b.app()) && Objects.equals(a.domain(), b.domain());
    }

    private static long[] boundaries(List<SegEvent> events) {
        TreeSet<Long> points = new TreeSet<>();
        for (SegEvent e : events) {
            points.add(e.startMs());
            points.add(e.endMs());
        }
        return points.stream().mapToLong(Long::longValue).toArray();
    }
}
