package io.stint.capture.activitywatch.internal.query;

import static io.stint.capture.activitywatch.internal.query.MemorySource.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.capture.activitywatch.internal.AwEvent;

/** Expected values follow ActivityWatch's aw-transform / aw-query implementations and their tests. */
class QueryFunctionsTest {

    static final String DAY = "2026-01-09T00:00:00+00:00/2026-01-10T00:00:00+00:00";

    private final MemorySource source = new MemorySource();

    private Object run(String query) {
        return new QueryEngine().run(List.of(DAY), List.of(query), source).get(0);
    }

    @SuppressWarnings("unchecked")
    private List<AwEvent> events(String query) {
        return (List<AwEvent>) run(query);
    }

    private static List<Object> apps(List<AwEvent> events) {
        return events.stream().map(e -> (Object) e.data().get("app").asText()).toList();
    }

    private static List<Double> durations(List<AwEvent> events) {
        return events.stream().map(AwEvent::duration).toList();
    }

    @Test
    void queryBucketClipsEventsToThePeriodAndAnswersNewestFirst() {
        // aw-datastore clips to the query range and orders by starttime DESC
        source.bucket("b",
                ev("2026-01-08T23:59:00Z", 120, "app", "early"),
                ev("2026-01-09T12:00:00+02:00", 30, "app", "inside"),
                ev("2026-01-09T23:59:30Z", 60, "app", "late"));
        List<AwEvent> got = events("RETURN = query_bucket('b');");
        assertEquals(List.of("late", "inside", "early"), apps(got));
        assertEquals(List.of(30.0, 30.0, 60.0), durations(got));
        assertEquals("2026-01-09T00:00:00.000000+00:00", got.get(2).timestamp());
        assertEquals("2026-01-09T12:00:00+02:00", got.get(1).timestamp(), "an unclipped event keeps the client's string");
        assertEquals(1L, got.get(2).id(), "a clipped stored event keeps its id");
    }

    @Test
    void findBucketPrefersAnExactIdThenTheFirstPrefixMatchInCreationOrder() {
        // aw-transform find_bucket: exact match wins, else the first bucket starting with the filter
        source.bucket("aw-watcher-window_b").bucket("aw-watcher-window_a").bucket("aw-watcher-window");
        assertEquals("aw-watcher-window_b", run("RETURN = find_bucket('aw-watcher-window_');"));
        assertEquals("aw-watcher-window", run("RETURN = find_bucket('aw-watcher-window');"));
    }

    @Test
    void findBucketFiltersOnTheHostnameTheSourceKnowsOrTheIdSuffix() {
        source.bucket("aw-watcher-window_laptop").bucket("aw-watcher-window_desk").host("aw-watcher-window_desk", "desk");
        assertEquals("aw-watcher-window_desk", run("RETURN = find_bucket('aw-watcher-window_', 'desk');"));
        assertEquals("aw-watcher-window_laptop", run("RETURN = find_bucket('aw-watcher-window_', 'laptop');"));
    }

    @Test
    void filterKeyvalsKeepsEventsWhoseValueIsListed() {
        // aw-transform test_filter_keyvals: {test:1}, {test:1,test2:1}, {test2:2} filtered on test [1] -> first two
        source.bucket("b", ev("2026-01-09T01:00:00Z", 1, "app", "e1", "test", 1),
                ev("2026-01-09T02:00:00Z", 1, "app", "e2", "test", 1, "test2", 1),
                ev("2026-01-09T03:00:00Z", 1, "app", "e3", "test2", 2));
        assertEquals(List.of("e1", "e2"), apps(events("RETURN = sort_by_timestamp(filter_keyvals(query_bucket('b'), 'test', [1]));")));
        assertEquals(List.of("e1", "e2"), apps(events("RETURN = sort_by_timestamp(filter_keyvals(query_bucket('b'), 'test', [1.0, 7]));")));
    }

    @Test
    void excludeKeyvalsDropsEventsWhoseValueIsListedAndKeepsThoseWithoutTheKey() {
        // aw-transform test_exclude_keyvals: {test:1}, {test:1,test2:2}, {test:2} excluding test [2] -> first two
        source.bucket("b", ev("2026-01-09T01:00:00Z", 1, "app", "e1", "test", 1),
                ev("2026-01-09T02:00:00Z", 1, "app", "e2", "test", 1, "test2", 2),
                ev("2026-01-09T03:00:00Z", 1, "app", "e3", "test", 2),
                ev("2026-01-09T04:00:00Z", 1, "app", "e4"));
        assertEquals(List.of("e1", "e2", "e4"), apps(events("RETURN = sort_by_timestamp(exclude_keyvals(query_bucket('b'), 'test', [2]));")));
    }

    @Test
    void filterKeyvalsRegexMatchesAnywhereInStringValues() {
        source.bucket("b", ev("2026-01-09T01:00:00Z", 1, "app", "Firefox"), ev("2026-01-09T02:00:00Z", 1, "app", "firefox"),
                ev("2026-01-09T03:00:00Z", 1, "title", "Firefox"));
        assertEquals(List.of("Firefox"), apps(events("RETURN = filter_keyvals_regex(query_bucket('b'), 'app', 'F.re');")));
    }

    @Test
    void mergeEventsByKeysSumsDurationsPerValueInFirstSeenOrder() {
        // aw-transform merge example 1: a:1, a:1, a:2, b:1, a:1 (1s each) -> {a:1} 3s, {a:2} 1s; keyless dropped
        source.bucket("b", ev("2026-01-09T00:00:00Z", 1, "a", 1, "x", "first"), ev("2026-01-09T00:00:01Z", 1, "a", 1),
                ev("2026-01-09T00:00:02Z", 1, "a", 2), ev("2026-01-09T00:00:03Z", 1, "b", 1), ev("2026-01-09T00:00:04Z", 1, "a", 1));
        List<AwEvent> merged = events("RETURN = merge_events_by_keys(sort_by_timestamp(query_bucket('b')), ['a']);");
        assertEquals(List.of(3.0, 1.0), durations(merged));
        assertEquals("{\"a\":1}", merged.get(0).data().toString(), "only the merge keys stay in data");
        assertNull(merged.get(0).id());
        assertEquals("2026-01-09T00:00:00.000000+00:00", merged.get(0).timestamp(), "the first event's timestamp");
        assertEquals("2026-01-09T00:00:02.000000+00:00", merged.get(1).timestamp());
    }

    @Test
    void mergeEventsByTwoKeysGroupsOnTheCombination() {
        // aw-transform merge example 2: (1,1) (2,2) (1,1) (1,2) -> (1,1) 2s, (2,2) 1s, (1,2) 1s
        source.bucket("b", ev("2026-01-09T00:00:00Z", 1, "a", 1, "b", 1), ev("2026-01-09T00:00:01Z", 1, "a", 2, "b", 2),
                ev("2026-01-09T00:00:02Z", 1, "a", 1, "b", 1), ev("2026-01-09T00:00:03Z", 1, "a", 1, "b", 2));
        List<AwEvent> merged = events("RETURN = merge_events_by_keys(sort_by_timestamp(query_bucket('b')), ['a', 'b']);");
        assertEquals(List.of(2.0, 1.0, 1.0), durations(merged));
        assertEquals("{\"a\":1,\"b\":2}", merged.get(2).data().toString());
        assertEquals(List.of(), run("RETURN = merge_events_by_keys(query_bucket('b'), []);"), "no keys, no events");
    }

    @Test
    void sortByDurationIsLongestFirstAndSortByTimestampOldestFirst() {
        source.bucket("b", ev("2026-01-09T01:00:00Z", 5, "app", "a"), ev("2026-01-09T02:00:00Z", 50, "app", "b"),
                ev("2026-01-09T03:00:00Z", 20, "app", "c"));
        assertEquals(List.of("b", "c", "a"), apps(events("RETURN = sort_by_duration(query_bucket('b'));")));
        assertEquals(List.of("a", "b", "c"), apps(events("RETURN = sort_by_timestamp(query_bucket('b'));")));
    }

    @Test
    void limitEventsTakesTheFirstNAndANegativeCountGivesNone() {
        source.bucket("b", ev("2026-01-09T01:00:00Z", 5, "app", "a"), ev("2026-01-09T02:00:00Z", 50, "app", "b"),
                ev("2026-01-09T03:00:00Z", 20, "app", "c"));
        assertEquals(List.of("b", "c"), apps(events("RETURN = limit_events(sort_by_duration(query_bucket('b')), 2);")));
        assertEquals(3, events("RETURN = limit_events(query_bucket('b'), 10);").size());
        assertEquals(1, events("RETURN = limit_events(query_bucket('b'), 1.9);").size(), "truncated like an f64 to usize cast");
        assertEquals(0, events("RETURN = limit_events(query_bucket('b'), 0 - 1);").size(), "saturates at zero");
    }

    @Test
    void sumDurationsIsSecondsSummedInNanoseconds() {
        source.bucket("b", ev("2026-01-09T01:00:00Z", 0.1, "app", "a"), ev("2026-01-09T02:00:00Z", 0.2, "app", "b"));
        assertEquals(0.3, run("RETURN = sum_durations(query_bucket('b'));"));
        assertEquals(0.0, run("RETURN = sum_durations([]);"));
    }

    @Test
    void concatJoinsEventListsInOrder() {
        source.bucket("x", ev("2026-01-09T01:00:00Z", 1, "app", "x")).bucket("y", ev("2026-01-09T02:00:00Z", 1, "app", "y"));
        assertEquals(List.of("y", "x"), apps(events("RETURN = concat(query_bucket('y'), query_bucket('x'));")));
    }

    @Test
    void floodJoinsEqualNeighboursAcrossShortGaps() {
        // aw-transform test_flood: {test:1} at 0s+1s and 3s+1s, pulsetime 5 -> one event at 0s lasting 4s
        source.bucket("b", ev("2026-01-09T00:00:00Z", 1, "test", 1), ev("2026-01-09T00:00:03Z", 1, "test", 1));
        List<AwEvent> flooded = events("RETURN = flood(query_bucket('b'));");
        assertEquals(1, flooded.size());
        assertEquals(4.0, flooded.get(0).duration());
        assertEquals("2026-01-09T00:00:00Z", flooded.get(0).timestamp());
    }

    @Test
    void floodMeetsInTheMiddleBetweenDifferentNeighbours() {
        // aw-transform test_flood: {test:1} 0s+1s, {test:2} 3s+1s -> 0s+2s and 2s+2s
        source.bucket("b", ev("2026-01-09T00:00:00Z", 1, "test", 1), ev("2026-01-09T00:00:03Z", 1, "test", 2));
        List<AwEvent> flooded = events("RETURN = flood(query_bucket('b'));");
        assertEquals(List.of(2.0, 2.0), durations(flooded));
        assertEquals("2026-01-09T00:00:02.000000+00:00", flooded.get(1).timestamp());
        assertEquals(List.of(1.0, 1.0), durations(events("RETURN = flood(query_bucket('b'), 1);")), "a gap of 2s is not under a pulse of 1s");
    }

    @Test
    void floodDropsAnEqualEventAtTheSameTimestampAsAwDoes() {
        // aw-transform test_flood_same_timestamp: afk 0+1, not-afk 1+5, not-afk 1+1, afk 6+1 -> e1, e2, e4
        source.bucket("b", ev("2026-01-09T00:00:00Z", 1, "status", "afk"), ev("2026-01-09T00:00:01Z", 5, "status", "not-afk"),
                ev("2026-01-09T00:00:01Z", 1, "status", "not-afk"), ev("2026-01-09T00:00:06Z", 1, "status", "afk"));
        List<AwEvent> flooded = events("RETURN = flood(sort_by_timestamp(query_bucket('b')));");
        assertEquals(List.of(1.0, 5.0, 1.0), durations(flooded));
    }

    @Test
    void filterPeriodIntersectKeepsOnlyTheOverlappingParts() {
        // aw-transform test_filter_period_intersect: 1s events at 1..5s, filter 2.5s+2s -> 0.5s@2.5, 1s@3, 0.5s@4
        source.bucket("e", ev("2026-01-09T00:00:01Z", 1, "app", "1"), ev("2026-01-09T00:00:02Z", 1, "app", "2"),
                ev("2026-01-09T00:00:03Z", 1, "app", "3"), ev("2026-01-09T00:00:04Z", 1, "app", "4"),
                ev("2026-01-09T00:00:05Z", 1, "app", "5"))
              .bucket("f", ev("2026-01-09T00:00:02.5Z", 2, "status", "not-afk"));
        List<AwEvent> parts = events("RETURN = filter_period_intersect(query_bucket('e'), query_bucket('f'));");
        assertEquals(List.of(0.5, 1.0, 0.5), durations(parts));
        assertEquals(List.of("2026-01-09T00:00:02.500000+00:00", "2026-01-09T00:00:03Z", "2026-01-09T00:00:04Z"),
                parts.stream().map(AwEvent::timestamp).toList());
    }

    @Test
    void containsLooksInListsAndDictKeys() {
        assertEquals(List.of(true, false, true, false),
                run("RETURN = [contains([1, 'a'], 'a'), contains([1], 2), contains({'k': 1}, 'k'), contains({}, 'k')];"));
    }

    @Test
    void queryBucketNamesListsTheCallersBuckets() {
        source.bucket("one").bucket("two");
        assertEquals(List.of("one", "two"), run("RETURN = query_bucket_names();"));
    }

    @Test
    void theWebUisTopAppsQueryAnswersAppsByActiveTime() {
        source.bucket("aw-watcher-window_host",
                        ev("2026-01-09T09:00:00Z", 600, "app", "Firefox", "title", "Docs"),
                        ev("2026-01-09T09:10:02Z", 300, "app", "Code", "title", "Stint"),
                        ev("2026-01-09T09:15:02Z", 900, "app", "Firefox", "title", "Mail"),
                        ev("2026-01-09T12:00:00Z", 600, "app", "Code", "title", "Stint"))
              .bucket("aw-watcher-afk_host",
                        ev("2026-01-09T09:00:00Z", 1800, "status", "not-afk"),
                        ev("2026-01-09T09:30:00Z", 9000, "status", "afk"),
                        ev("2026-01-09T12:00:00Z", 300, "status", "not-afk"));
        String query = String.join("\n",
                "events = flood(query_bucket(find_bucket(\"aw-watcher-window_\")));",
                "not_afk = flood(query_bucket(find_bucket(\"aw-watcher-afk_\")));",
                "not_afk = filter_keyvals(not_afk, \"status\", [\"not-afk\"]);",
                "events = filter_period_intersect(events, not_afk);",
                "title_events = sort_by_duration(merge_events_by_keys(events, [\"app\", \"title\"]));",
                "app_events = sort_by_duration(merge_events_by_keys(title_events, [\"app\"]));",
                "duration = sum_durations(events);",
                "RETURN = {\"app_events\": limit_events(app_events, 10), \"title_events\": title_events, \"duration\": duration};");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> result = (java.util.Map<String, Object>) run(query);
        @SuppressWarnings("unchecked")
        List<AwEvent> appEvents = (List<AwEvent>) result.get("app_events");
        // flood closes the 2s gaps: Firefox 09:00-09:10:01, Code 09:10:01-09:15:02, Firefox 09:15:02-09:30:02;
        // not-afk 09:00-09:30 and 12:00-12:05 -> Firefox 601s + 898s = 1499s, Code 301s + 300s = 601s
        assertEquals(List.of("Firefox", "Code"), apps(appEvents));
        assertEquals(List.of(1499.0, 601.0), durations(appEvents));
        assertEquals(2100.0, result.get("duration"));
        assertEquals(3, ((List<?>) result.get("title_events")).size());
    }

    @Test
    void eventsTheQueryDidNotChangeAreTheStoredOnes() {
        AwEvent stored = ev("2026-01-09T01:00:00.123+01:00", 5, "app", "a");
        source.bucket("b", stored);
        assertSame(stored, events("RETURN = sort_by_duration(query_bucket('b'));").get(0));
        assertTrue(events("RETURN = query_bucket('b');").get(0).timestamp().endsWith("+01:00"));
    }
}
