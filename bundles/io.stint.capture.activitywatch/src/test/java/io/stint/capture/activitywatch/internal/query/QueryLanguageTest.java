package io.stint.capture.activitywatch.internal.query;

import static io.stint.capture.activitywatch.internal.query.MemorySource.ev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.stint.capture.activitywatch.internal.AwEvent;

class QueryLanguageTest {

    static final String DAY = "2026-01-09T00:00:00+00:00/2026-01-10T00:00:00+00:00";

    private final MemorySource source = new MemorySource();

    private Object run(String... lines) {
        return new QueryEngine().run(List.of(DAY), Arrays.asList(lines), source).get(0);
    }

    @Test
    void returnGivesTheResultAndNumbersAreDoubles() {
        assertEquals(42.0, run("RETURN = 42;"));
    }

    @Test
    void variablesAreAssignedReusedAndReassigned() {
        assertEquals(List.of(1.0, 2.0, 1.0), run("a = 1; b = [a, 2]; a = 5; RETURN = b + [1];"));
    }

    @Test
    void doubleAndSingleQuotedStringsAndEscapedQuotes() {
        assertEquals(List.of("it's", "say \"hi\"", "a'b", "C:\\dir"),
                run("RETURN = [\"it's\", 'say \"hi\"', 'a\\'b', \"C:\\dir\"];"));
    }

    @Test
    void aSemicolonInsideAStringDoesNotEndTheStatement() {
        assertEquals("a;b", run("RETURN = \"a;b\";"));
    }

    @Test
    void operatorsShareOnePrecedenceAndGroupLeftAsInActivityWatch() {
        // aw-query's grammar: binop := binop op func, one level, so 1 + 2 * 3 is (1 + 2) * 3
        assertEquals(9.0, run("RETURN = 1 + 2 * 3;"));
        assertEquals(7.0, run("RETURN = 1 + (2 * 3);"));
        assertEquals(1.5, run("RETURN = 7 % 4 / 2;"));
    }

    @Test
    void stringsAndListsConcatenateWithPlus() {
        assertEquals("ab", run("RETURN = 'a' + \"b\";"));
        assertEquals(List.of(1.0, "x"), run("RETURN = [1] + ['x'];"));
    }

    @Test
    void equalityComparesValues() {
        assertEquals(List.of(true, false, true, true), run("RETURN = [1 == 1.0, 'a' == 'b', [1, 'x'] == [1, 'x'], {'k': 1} == {'k': 1}];"));
    }

    @Test
    void dictsKeepTheirKeysInOrderAndNest() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("b", 1.0);
        expected.put("a", List.of(Map.of("x", true)));
        assertEquals(expected, run("RETURN = {\"b\": 1, 'a': [{\"x\": true}]};"));
        assertEquals(List.of(Map.of()), run("RETURN = [{}];"));
    }

    @Test
    void booleanAndNullLiterals() {
        assertEquals(Arrays.asList(true, false, true, false, null), run("RETURN = [true, false, True, False, null];"));
        assertNull(run("RETURN = null;"));
    }

    @Test
    void linesAreJoinedWithLineBreaksWhichAlsoEndStatements() {
        assertEquals(3.0, run("a = 1", "b = 2", "RETURN = a + b"));
        assertEquals(3.0, run("a = 1;", "b = 2;", "RETURN = a + b;"));
    }

    @Test
    void anExpressionMaySpanLines() {
        assertEquals(List.of(1.0, 2.0), run("RETURN = [1,", "  2];"));
    }

    @Test
    void hashStartsACommentAndEmptyStatementsAreSkipped() {
        assertEquals(1.0, run("# top apps", "a = 1; ; # the answer", ";RETURN = a;;"));
    }

    @Test
    void lowercaseReturnStatementSetsReturnLikeAwServerRust() {
        assertEquals("x", run("return 'x';"));
    }

    @Test
    void timeIntervalHoldsThePeriod() {
        assertEquals("2026-01-09T00:00:00.000000+00:00/2026-01-10T00:00:00.000000+00:00", run("RETURN = TIMEINTERVAL;"));
        assertEquals("2026-01-09T00:00:00.000000+00:00", run("RETURN = STARTTIME;"));
    }

    @Test
    void eachTimePeriodGivesOneResultInOrder() {
        source.bucket("b", ev("2026-01-09T10:00:00Z", 60, "app", "a"),
                ev("2026-01-10T10:00:00Z", 30, "app", "a"), ev("2026-01-10T11:00:00Z", 15, "app", "b"));
        List<Object> results = new QueryEngine().run(
                List.of(DAY, "2026-01-10T00:00:00Z/2026-01-11T00:00:00Z", "2026-01-12T00:00:00+02:00/2026-01-13T00:00:00+02:00"),
                List.of("RETURN = sum_durations(query_bucket('b'));"), source);
        assertEquals(List.of(60.0, 45.0, 0.0), results);
    }

    @Test
    void eachPeriodStartsWithFreshVariables() {
        source.bucket("b", ev("2026-01-09T10:00:00Z", 60, "app", "a"));
        List<Object> results = new QueryEngine().run(List.of(DAY, DAY),
                List.of("events = query_bucket('b'); RETURN = events;"), source);
        assertEquals(2, results.size());
        assertEquals(results.get(0), results.get(1));
        assertTrue(((List<?>) results.get(0)).get(0) instanceof AwEvent);
    }

    @Test
    void noTimePeriodsGiveNoResults() {
        assertEquals(List.of(), new QueryEngine().run(List.of(), List.of("RETURN = 1;"), source));
    }

    @Test
    void aBadTimePeriodIsRefusedBeforeAnyDataIsRead() {
        source.bucket("b");
        QueryException e = assertThrows(QueryException.class, () -> new QueryEngine()
                .run(List.of(DAY, "2026-01-09/2026-01-10"), List.of("RETURN = query_bucket('b');"), source));
        assertTrue(e.getMessage().contains("Invalid time period '2026-01-09/2026-01-10'"), e.getMessage());
        assertEquals(0, source.eventCalls);
    }
}
