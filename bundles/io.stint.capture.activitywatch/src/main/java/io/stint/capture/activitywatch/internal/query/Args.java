package io.stint.capture.activitywatch.internal.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.capture.activitywatch.internal.AwEvent;

/** A function call's evaluated arguments, read with type checks that fail as {@link QueryException}. */
record Args(String function, List<Object> values, Interpreter.Period period) {

    Args arity(int min, int max) {
        int n = values.size();
        if (n < min || n > max) {
            String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min : min + " or " + max;
            throw new QueryException(function + " expects " + expected + " argument" + (expected.equals("1") ? "" : "s")
                    + ", got " + n);
        }
        return this;
    }

    int size() {
        return values.size();
    }

    String string(int i) {
        if (values.get(i) instanceof String s) {
            return s;
        }
        throw wrong(i, "a string");
    }

    double number(int i) {
        if (values.get(i) instanceof Double d) {
            return d;
        }
        throw wrong(i, "a number");
    }

    List<?> list(int i) {
        if (values.get(i) instanceof List<?> l) {
            return l;
        }
        throw wrong(i, "a list");
    }

    /** A list whose items are all events. */
    List<AwEvent> events(int i) {
        List<?> l = list(i);
        List<AwEvent> events = new ArrayList<>(l.size());
        for (Object o : l) {
            if (!(o instanceof AwEvent e)) {
                throw new QueryException(function + ": argument " + (i + 1) + " must be a list of events, but it holds a "
                        + Values.typeName(o));
            }
            events.add(e);
        }
        return events;
    }

    List<String> strings(int i) {
        List<?> l = list(i);
        List<String> out = new ArrayList<>(l.size());
        for (Object o : l) {
            if (!(o instanceof String s)) {
                throw new QueryException(function + ": argument " + (i + 1) + " must be a list of strings, but it holds a "
                        + Values.typeName(o));
            }
            out.add(s);
        }
        return out;
    }

    /** A list of values to compare event data with, as JSON. */
    List<JsonNode> jsonValues(int i) {
        List<?> l = list(i);
        List<JsonNode> out = new ArrayList<>(l.size());
        for (Object o : l) {
            out.add(Values.toJson(o, function));
        }
        return out;
    }

    Object get(int i) {
        return values.get(i);
    }

    Map<?, ?> dictOrNull(int i) {
        return values.get(i) instanceof Map<?, ?> m ? m : null;
    }

    private QueryException wrong(int i, String expected) {
        return new QueryException(function + ": argument " + (i + 1) + " must be " + expected + ", got a "
                + Values.typeName(values.get(i)));
    }
}
