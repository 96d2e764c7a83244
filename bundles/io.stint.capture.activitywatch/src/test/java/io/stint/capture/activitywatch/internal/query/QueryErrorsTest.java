package io.stint.capture.activitywatch.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.stint.capture.activitywatch.internal.AwEvent;

class QueryErrorsTest {

    static final List<String> DAY = List.of("2026-01-09T00:00:00Z/2026-01-10T00:00:00Z");

    private final MemorySource source = new MemorySource()
            .bucket("aw-watcher-window_host", MemorySource.ev("2026-01-09T10:00:00Z", 60, "app", "a"));

    private QueryException refused(List<String> periods, String... lines) {
        return assertThrows(QueryException.class, () -> new QueryEngine().run(periods, Arrays.asList(lines), source));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "RETURN = ;                                  | Syntax error at line 1, column 10: expected a value but found ';'",
        "RETURN = [1, 2;                             | expected ']' but found ';'",
        "RETURN = {'a' 1};                           | expected ':'",
        "RETURN = {1: 2};                            | expected a string as dict key",
        "RETURN = \"open;                            | unterminated string",
        "RETURN = 1 2;                               | expected ';' after the statement",
        "RETURN = 1 @ 2;                             | unexpected character '@'",
        "true = 1; RETURN = 1;                       | cannot assign to 'true'",
        "RETURN = nope(1);                           | Unknown function 'nope'",
        "RETURN = categorize([], []);                | Function 'categorize' is not supported by this server",
        "RETURN = x;                                 | Variable 'x' is not defined",
        "a = 1;                                      | Query doesn't assign the RETURN variable",
        "RETURN = query_bucket();                    | query_bucket expects 1 argument, got 0",
        "RETURN = find_bucket('a', 'b', 'c');        | find_bucket expects 1 or 2 arguments, got 3",
        "RETURN = query_bucket(1);                   | query_bucket: argument 1 must be a string, got a number",
        "RETURN = query_bucket('missing');           | There's no bucket named 'missing'",
        "RETURN = find_bucket('aw-watcher-afk_');    | Failed to find bucket matching filter 'aw-watcher-afk_'",
        "RETURN = sort_by_duration('x');             | sort_by_duration: argument 1 must be a list, got a string",
        "RETURN = sort_by_duration([1]);             | must be a list of events, but it holds a number",
        "RETURN = limit_events([], 'x');             | limit_events: argument 2 must be a number",
        "RETURN = merge_events_by_keys([], [1]);     | must be a list of strings",
        "RETURN = filter_keyvals([], 'k', 'v');      | filter_keyvals: argument 3 must be a list",
        "RETURN = filter_keyvals_regex([], 'k', '('); | invalid regular expression",
        "RETURN = flood([], 0 - 1);                  | flood: pulsetime must be a non-negative number",
        "RETURN = 1 / 0;                             | Tried to divide by zero",
        "RETURN = 1 % 0;                             | Tried to divide by zero",
        "RETURN = 1 + 'a';                           | Cannot use + on a number and a string",
        "RETURN = [] - [];                           | Cannot use - on a list and a list",
        "RETURN = 1 == 'a';                          | Cannot compare a number with a string",
        "RETURN = 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999 * 99999999999999; | Number out of range",
    })
    void eachMistakeIsAQueryExceptionWithAClearMessage(String query, String message) {
        QueryException e = refused(DAY, query);
        assertTrue(e.getMessage().contains(message), () -> "got: " + e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "2026-01-09T00:00:00Z                         | expected <start>/<end>",
        "2026-01-09T00:00:00Z/2026-01-10T00:00:00Z/x  | expected <start>/<end>",
        "yesterday/today                              | Invalid timestamp 'yesterday'",
        "2026-01-09T00:00:00/2026-01-10T00:00:00      | Invalid timestamp",
        "2026-01-10T00:00:00Z/2026-01-09T00:00:00Z    | ends before it starts",
    })
    void aBadTimePeriodIsAQueryException(String period, String message) {
        QueryException e = refused(List.of(period), "RETURN = 1;");
        assertTrue(e.getMessage().contains(message), () -> "got: " + e.getMessage());
    }

    @Test
    void missingQueryOrPeriodsOrNullLinesAreQueryExceptions() {
        assertThrows(QueryException.class, () -> new QueryEngine().run(DAY, null, source));
        assertThrows(QueryException.class, () -> new QueryEngine().run(DAY, List.of(), source));
        assertThrows(QueryException.class, () -> new QueryEngine().run(null, List.of("RETURN = 1;"), source));
        assertThrows(QueryException.class, () -> new QueryEngine().run(DAY, Arrays.asList("a = 1;", null), source));
        assertThrows(QueryException.class, () -> new QueryEngine().run(Arrays.asList((String) null), List.of("RETURN = 1;"), source));
    }

    @Test
    void emptyQueryTextHasNoReturn() {
        assertTrue(refused(DAY, "  ", "# nothing").getMessage().contains("RETURN"));
    }

    @Test
    void queryTextOverOneHundredKilobytesIsRefused() {
        String big = "RETURN = '" + "x".repeat(QueryEngine.MAX_QUERY_CHARS) + "';";
        assertTrue(refused(DAY, big).getMessage().contains("Query too long"));
    }

    @Test
    void tooManyTimePeriodsAreRefused() {
        List<String> periods = Collections.nCopies(QueryEngine.MAX_PERIODS + 1, DAY.get(0));
        assertTrue(refused(periods, "RETURN = 1;").getMessage().contains("Too many time periods"));
    }

    @Test
    void sixtyFourNestedBracketsAreFineAndSixtyFiveAreRefused() {
        assertEquals(1.0, new QueryEngine().run(DAY, List.of("RETURN = " + "(".repeat(64) + "1" + ")".repeat(64) + ";"), source).get(0));
        assertTrue(refused(DAY, "RETURN = " + "[".repeat(65) + "]".repeat(65) + ";").getMessage().contains("deeper than 64"));
    }

    @Test
    void deeplyNestedInputIsAQueryExceptionNotAStackOverflow() {
        assertThrows(QueryException.class, () -> new QueryEngine().run(DAY, List.of("RETURN = " + "[".repeat(45_000) + ";"), source));
        assertThrows(QueryException.class, () -> new QueryEngine().run(DAY, List.of("RETURN = " + "f(".repeat(30_000) + ";"), source));
    }

    @Test
    void aVeryLongOperatorChainIsRefusedInsteadOfOverflowingTheEvaluator() {
        String chain = "RETURN = 1" + " + 1".repeat(20_000) + ";";
        assertTrue(refused(DAY, chain).getMessage().contains("too deeply nested"));
    }

    @Test
    void valuesNestedStatementByStatementAreCappedSoTheResultCanBeSerialized() {
        String query = "a = 1;\n" + "a = [a];\n".repeat(100) + "RETURN = a;";
        assertTrue(refused(DAY, query).getMessage().contains("deeper than 64"));
    }

    @Test
    void doublingAListOrStringStopsAtTheSizeCap() {
        assertTrue(refused(DAY, "a = [1];\n" + "a = a + a;\n".repeat(40) + "RETURN = a;").getMessage().contains("List too long"));
        assertTrue(refused(DAY, "a = 'xx';\n" + "a = a + a;\n".repeat(40) + "RETURN = a;").getMessage().contains("String too long"));
    }

    @Test
    void aFailureOfTheSourceItselfIsPassedThroughUnchanged() {
        IllegalStateException storage = new IllegalStateException("database gone");
        QuerySource broken = new QuerySource() {
            @Override
            public List<String> bucketIds() {
                return List.of("b");
            }

            @Override
            public List<AwEvent> events(String bucketId, Instant start, Instant end) {
                throw storage;
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new QueryEngine().run(DAY, List.of("RETURN = query_bucket('b');"), broken));
        assertSame(storage, e);
    }

    @Test
    void randomGarbageOnlyEverFailsAsQueryException() {
        String[] pieces = {"RETURN", "=", ";", "(", ")", "[", "]", "{", "}", ",", ":", "'s'", "\"t\"", "1", "2.5", "+", "-",
            "*", "/", "%", "==", "a", "true", "null", "\n", "#c\n", "query_bucket", "find_bucket", "flood",
            "merge_events_by_keys", "sum_durations", "limit_events", "concat", "'aw-watcher-window_'", "contains",
            "filter_keyvals", "sort_by_duration", "\\", "'", "\"", "return", "filter_period_intersect"};
        Random random = new Random(20260109);
        for (int i = 0; i < 20_000; i++) {
            List<String> parts = new ArrayList<>();
            int n = 1 + random.nextInt(25);
            for (int k = 0; k < n; k++) {
                parts.add(pieces[random.nextInt(pieces.length)]);
            }
            String query = String.join(random.nextBoolean() ? " " : "", parts);
            try {
                new QueryEngine().run(DAY, List.of(query), source);
            } catch (QueryException expected) {
                assertFalse(expected.getMessage().contains("could not be evaluated"), () -> query + " -> " + expected);
            } catch (RuntimeException | StackOverflowError wrong) {
                throw new AssertionError("query " + query + " threw " + wrong, wrong);
            }
        }
    }
}
