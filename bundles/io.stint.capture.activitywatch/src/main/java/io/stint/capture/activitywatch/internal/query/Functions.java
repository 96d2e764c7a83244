package io.stint.capture.activitywatch.internal.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.stint.capture.activitywatch.internal.AwEvent;

/** The query functions Stint supports, with ActivityWatch's names, arguments and results. */
final class Functions {

    /** A function body. */
    @FunctionalInterface
    interface Builtin {
        Object call(Args args);
    }

    /** ActivityWatch functions Stint does not implement; named in the error so the client knows why. */
    private static final Set<String> NOT_SUPPORTED = Set.of("categorize", "tag", "period_union", "union_no_overlap",
            "split_url_events", "chunk_events_by_key", "simplify_window_titles", "query_bucket_eventcount");

    /** Results of {@code +} and {@code concat} beyond this many items are refused (memory). */
    static final int MAX_LIST = 2_000_000;

    private static final Map<String, Builtin> ALL = Map.ofEntries(
            Map.entry("query_bucket", Functions::queryBucket),
            Map.entry("query_bucket_names", a -> new ArrayList<Object>(a.arity(0, 0).period().bucketIds())),
            Map.entry("find_bucket", Functions::findBucket),
            Map.entry("filter_keyvals", a -> filterKeyvals(a, false)),
            Map.entry("exclude_keyvals", a -> filterKeyvals(a, true)),
            Map.entry("filter_keyvals_regex", Functions::filterRegex),
            Map.entry("filter_period_intersect", a -> events(Timelines.intersect(a.arity(2, 2).events(0), a.events(1)))),
            Map.entry("merge_events_by_keys", a -> events(Transforms.mergeByKeys(a.arity(2, 2).events(0), a.strings(1)))),
            Map.entry("sort_by_duration", a -> events(Transforms.sortByDuration(a.arity(1, 1).events(0)))),
            Map.entry("sort_by_timestamp", a -> events(Transforms.sortByTimestamp(a.arity(1, 1).events(0)))),
            Map.entry("limit_events", Functions::limitEvents),
            Map.entry("sum_durations", a -> Transforms.sumDurations(a.arity(1, 1).events(0))),
            Map.entry("concat", Functions::concat),
            Map.entry("flood", Functions::flood),
            Map.entry("contains", Functions::contains));

    private Functions() {
    }

    static Builtin find(String name) {
        Builtin b = ALL.get(name);
        if (b == null) {
            throw new QueryException(NOT_SUPPORTED.contains(name)
                    ? "Function '" + name + "' is not supported by this server"
                    : "Unknown function '" + name + "'");
        }
        return b;
    }

    /** The bucket's events within the period, clipped to it, newest first (as aw-server answers). */
    private static Object queryBucket(Args a) {
        String bucket = a.arity(1, 1).string(0);
        Interpreter.Period p = a.period();
        List<AwEvent> stored = p.events(bucket);
        List<AwEvent> clipped = Transforms.clip(stored, p.start(), p.end());
        clipped.sort(Collections.reverseOrder(java.util.Comparator.comparing(AwEvent::start)));
        return events(clipped);
    }

    /** The bucket whose id equals the filter, else the first starting with it (optionally on a hostname). */
    private static Object findBucket(Args a) {
        String filter = a.arity(1, 2).string(0);
        String host = a.size() == 2 && a.get(1) != null ? a.string(1) : null;
        Interpreter.Period source = a.period();
        String prefixMatch = null;
        for (String id : source.bucketIds()) {
            if (id != null && id.startsWith(filter) && (host == null || onHost(source, id, host))) {
                if (id.equals(filter)) {
                    return id;
                }
                if (prefixMatch == null) {
                    prefixMatch = id;
                }
            }
        }
        if (prefixMatch == null) {
            throw new QueryException("Failed to find bucket matching filter '" + filter + "'"
                    + (host == null ? "" : " and hostname '" + host + "'"));
        }
        return prefixMatch;
    }

    private static boolean onHost(Interpreter.Period source, String bucketId, String host) {
        String known = source.hostname(bucketId);
        return known != null ? known.equals(host) : bucketId.endsWith("_" + host);
    }

    private static Object filterKeyvals(Args a, boolean exclude) {
        a.arity(3, 3);
        return events(Transforms.filterKeyvals(a.events(0), a.string(1), a.jsonValues(2), exclude));
    }

    private static Object filterRegex(Args a) {
        a.arity(3, 3);
        List<AwEvent> events = a.events(0);
        String key = a.string(1);
        Pattern pattern;
        try {
            pattern = Pattern.compile(a.string(2));
        } catch (PatternSyntaxException e) {
            throw new QueryException("filter_keyvals_regex: invalid regular expression: " + e.getDescription());
        }
        return events(Transforms.filterRegex(events, key, pattern));
    }

    /** The first n events; n is truncated, below zero counts as zero (as aw-server's f64-to-usize). */
    private static Object limitEvents(Args a) {
        List<AwEvent> events = a.arity(2, 2).events(0);
        double n = a.number(1);
        int count = n > 0 ? (int) Math.min(events.size(), Math.floor(n)) : 0;
        return events(events.subList(0, count));
    }

    private static Object concat(Args a) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            List<AwEvent> events = a.events(i);
            if ((long) out.size() + events.size() > MAX_LIST) {
                throw new QueryException("concat: result would hold more than " + MAX_LIST + " events");
            }
            out.addAll(events);
        }
        return out;
    }

    /** flood(events[, pulsetime seconds = 5]). */
    private static Object flood(Args a) {
        List<AwEvent> events = a.arity(1, 2).events(0);
        double pulse = a.size() == 2 ? a.number(1) : 5.0;
        if (!(pulse >= 0) || pulse > 9e9) {
            throw new QueryException("flood: pulsetime must be a non-negative number of seconds, got " + pulse);
        }
        return events(Timelines.flood(events, Math.round(pulse * 1_000_000_000d)));
    }

    /** contains(list, value) or contains(dict, key). */
    private static Object contains(Args a) {
        a.arity(2, 2);
        Map<?, ?> dict = a.dictOrNull(0);
        if (dict != null) {
            return dict.containsKey(a.string(1));
        }
        for (Object item : a.list(0)) {
            if (Values.same(item, a.get(1))) {
                return true;
            }
        }
        return false;
    }

    private static List<Object> events(List<AwEvent> events) {
        return new ArrayList<>(events);
    }
}
