package io.stint.capture.activitywatch.internal.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.capture.activitywatch.internal.AwEvent;

/**
 * ActivityWatch's event transforms (aw-transform): clipping, sorting, filtering, merging. Durations are summed in whole nanoseconds, like aw-server's.
 */
final class Transforms {

    private Transforms() {
    }

    static long nanos(AwEvent e) {
        return Math.round(e.duration() * 1_000_000_000d);
    }

    /** {@code b - a} in nanoseconds, saturated instead of overflowing. */
    static long between(Instant a, Instant b) {
        Duration d = Duration.between(a, b);
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }

    /** a + b, saturated instead of overflowing. */
    static long add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return r;
    }

    /** The event moved to another start and duration; keeps the client's timestamp when the start is unchanged. */
    static AwEvent span(AwEvent e, Instant start, long durationNanos) {
        long d = Math.max(0, durationNanos);
        if (start.equals(e.start()) && d == nanos(e)) {
            return e;
        }
        String ts = start.equals(e.start()) ? e.timestamp() : AwTime.format(start);
        return new AwEvent(e.id(), ts, start, d / 1_000_000_000d, e.data());
    }

    /** The parts of the events inside {@code [start, end]}, as aw-server's datastore answers a query. */
    static List<AwEvent> clip(List<AwEvent> events, Instant start, Instant end) {
        List<AwEvent> out = new ArrayList<>(events.size());
        for (AwEvent e : events) {
            Instant s = e.start().isBefore(start) ? start : e.start();
            Instant t = e.end().isAfter(end) ? end : e.end();
            if (!t.isBefore(s)) {
                out.add(span(e, s, between(s, t)));
            }
        }
        return out;
    }

    static List<AwEvent> sortByTimestamp(List<AwEvent> events) {
        List<AwEvent> out = new ArrayList<>(events);
        out.sort(Comparator.comparing(AwEvent::start));
        return out;
    }

    /** Longest first; equal durations keep their order. */
    static List<AwEvent> sortByDuration(List<AwEvent> events) {
        List<AwEvent> out = new ArrayList<>(events);
        out.sort(Comparator.comparingLong(Transforms::nanos).reversed());
        return out;
    }

    static double sumDurations(List<AwEvent> events) {
        long sum = 0;
        for (AwEvent e : events) {
            try {
                sum = Math.addExact(sum, nanos(e));
            } catch (ArithmeticException overflow) {
                throw new QueryException("sum_durations overflowed");
            }
        }
        return sum / 1_000_000_000d;
    }

    /** Events whose {@code data[key]} equals one of {@code values} (or, excluding, the others). */
    static List<AwEvent> filterKeyvals(List<AwEvent> events, String key, List<JsonNode> values, boolean exclude) {
        List<AwEvent> out = new ArrayList<>();
        for (AwEvent e : events) {
            JsonNode v = e.data() == null ? null : e.data().get(key);
            boolean match = false;
            if (v != null) {
                for (JsonNode wanted : values) {
                    if (Values.jsonSame(wanted, v)) {
                        match = true;
                        break;
                    }
                }
            }
            if (match != exclude) {
                out.add(e);
            }
        }
        return out;
    }

    /** Events whose string {@code data[key]} contains a match of the pattern. */
    static List<AwEvent> filterRegex(List<AwEvent> events, String key, Pattern pattern) {
        long[] budget = {50_000_000L};
        List<AwEvent> out = new ArrayList<>();
        for (AwEvent e : events) {
            JsonNode v = e.data() == null ? null : e.data().get(key);
            if (v != null && v.isTextual() && pattern.matcher(new BoundedChars(v.textValue(), budget)).find()) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * One event per combination of the keys' values, in first-seen order: the first event's
     * timestamp, the summed duration, data holding only those keys. Events lacking a key are
     * dropped; no keys gives no events.
     */
    static List<AwEvent> mergeByKeys(List<AwEvent> events, List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<String, AwEvent> first = new LinkedHashMap<>();
        Map<String, Long> sums = new LinkedHashMap<>();
        JsonNodeFactory f = JsonNodeFactory.instance;
        outer:
        for (AwEvent e : events) {
            ArrayNode values = f.arrayNode();
            for (String key : keys) {
                JsonNode v = e.data() == null ? null : e.data().get(key);
                if (v == null) {
                    continue outer;
                }
                values.add(v);
            }
            String group = values.toString();
            first.putIfAbsent(group, e);
            sums.merge(group, nanos(e), Transforms::add);
        }
        List<AwEvent> out = new ArrayList<>(first.size());
        for (Map.Entry<String, AwEvent> g : first.entrySet()) {
            AwEvent e = g.getValue();
            ObjectNode data = f.objectNode();
            for (String key : keys) {
                data.set(key, e.data().get(key).deepCopy());
            }
            out.add(new AwEvent(null, AwTime.format(e.start()), e.start(), sums.get(g.getKey()) / 1_000_000_000d, data));
        }
        return out;
    }

    /** Text for a regex that gives up after a shared budget of character reads (no runaway backtracking). */
    private record BoundedChars(String text, long[] budget) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) {
                throw new QueryException("filter_keyvals_regex: the regular expression takes too long on this data");
            }
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BoundedChars(text.substring(start, end), budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
