package io.stint.capture.activitywatch.internal.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * ActivityWatch's query2 language ({@code POST /api/0/query/}): the query lines are joined with
 * line breaks, parsed once, and run once per time period; each result is what RETURN held (event
 * lists as lists of {@code AwEvent}, numbers as Double, strings, booleans, lists, maps).
 */
public final class QueryEngine {

    /** Most query text accepted, in characters. */
    public static final int MAX_QUERY_CHARS = 100_000;
    /** Most time periods in one request. */
    public static final int MAX_PERIODS = 1_000;

    /**
     * Runs the query for each period.
     *
     * @throws QueryException for anything wrong with the request; a failure of the source other
     *     than a QueryException is passed through unchanged
     */
    public List<Object> run(List<String> timeperiods, List<String> queryLines, QuerySource source) {
        if (timeperiods == null) {
            throw new QueryException("timeperiods is missing");
        }
        if (timeperiods.size() > MAX_PERIODS) {
            throw new QueryException("Too many time periods (at most " + MAX_PERIODS + ")");
        }
        List<Expr.Statement> program = parse(queryLines);
        List<Instant[]> periods = new ArrayList<>(timeperiods.size());
        for (String p : timeperiods) {
            periods.add(period(p));
        }
        List<Object> results = new ArrayList<>(periods.size());
        for (Instant[] p : periods) {
            results.add(guarded(program, new Interpreter.Period(source, p[0], p[1])));
        }
        return results;
    }

    private static Object guarded(List<Expr.Statement> program, Interpreter.Period period) {
        try {
            return Interpreter.run(program, period);
        } catch (QueryException e) {
            throw e;
        } catch (Interpreter.SourceFailure e) {
            throw (RuntimeException) e.getCause();
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of the interpreter must still answer as a query error, never as a crash
            throw new QueryException("Query could not be evaluated (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static List<Expr.Statement> parse(List<String> queryLines) {
        if (queryLines == null || queryLines.isEmpty()) {
            throw new QueryException("query is missing");
        }
        StringBuilder text = new StringBuilder();
        for (String line : queryLines) {
            if (line == null) {
                throw new QueryException("query holds a null line");
            }
            if (text.length() + line.length() + 1 > MAX_QUERY_CHARS + 1) {
                throw new QueryException("Query too long (at most " + MAX_QUERY_CHARS + " characters)");
            }
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line);
        }
        try {
            return Parser.parse(text.toString());
        } catch (StackOverflowError e) {
            throw new QueryException("Query nests too deeply", e);
        }
    }

    /** {@code "<start>/<end>"}, both RFC 3339; end before start is refused. */
    static Instant[] period(String text) {
        if (text == null) {
            throw new QueryException("Invalid time period: null");
        }
        String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw new QueryException("Invalid time period '" + shown(text) + "': expected <start>/<end>");
        }
        try {
            Instant start = AwTime.parse(parts[0].trim());
            Instant end = AwTime.parse(parts[1].trim());
            if (end.isBefore(start)) {
                throw new QueryException("Invalid time period '" + shown(text) + "': it ends before it starts");
            }
            return new Instant[] {start, end};
        } catch (IllegalArgumentException e) {
            throw new QueryException("Invalid time period '" + shown(text) + "': " + e.getMessage());
        }
    }

    private static String shown(String text) {
        String s = text.length() > 120 ? text.substring(0, 120) + "…" : text;
        return Lexer.printable(s);
    }
}
