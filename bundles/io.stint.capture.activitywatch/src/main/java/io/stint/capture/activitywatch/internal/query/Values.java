package io.stint.capture.activitywatch.internal.query;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.capture.activitywatch.internal.AwEvent;

/**
 * Query values are Double, String, Boolean, null, {@link AwEvent}, {@code List<Object>} and
 * {@code Map<String, Object>}; this is their naming, equality and JSON form.
 */
final class Values {

    /** Nesting allowed in a value the query builds (lists in lists …), so it can be serialized. */
    static final int MAX_VALUE_DEPTH = 64;

    private Values() {
    }

    static String typeName(Object v) {
        if (v == null) {
            return "null";
        } else if (v instanceof Double) {
            return "number";
        } else if (v instanceof String) {
            return "string";
        } else if (v instanceof Boolean) {
            return "bool";
        } else if (v instanceof AwEvent) {
            return "event";
        } else if (v instanceof List) {
            return "list";
        } else if (v instanceof Map) {
            return "dict";
        }
        return v.getClass().getSimpleName();
    }

    /** Deep equality for {@code ==} and {@code contains}; numbers by value. */
    static boolean same(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (!x.keySet().equals(y.keySet())) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!same(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a == null ? b == null : a.equals(b);
    }

    /** The JSON a query value stands for, to compare with event data. */
    static JsonNode toJson(Object v, String function) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v == null) {
            return f.nullNode();
        } else if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? f.numberNode(d.longValue()) : f.numberNode(d);
        } else if (v instanceof String s) {
            return f.textNode(s);
        } else if (v instanceof Boolean b) {
            return f.booleanNode(b);
        } else if (v instanceof List<?> list) {
            ArrayNode array = f.arrayNode();
            for (Object item : list) {
                array.add(toJson(item, function));
            }
            return array;
        } else if (v instanceof Map<?, ?> map) {
            ObjectNode object = f.objectNode();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                object.set((String) e.getKey(), toJson(e.getValue(), function));
            }
            return object;
        }
        throw new QueryException(function + ": cannot compare event data with a value of type " + typeName(v));
    }

    /** JSON equality where 1 and 1.0 are the same number. */
    static boolean jsonSame(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            if (a.isFloatingPointNumber() && !Double.isFinite(a.doubleValue())
                    || b.isFloatingPointNumber() && !Double.isFinite(b.doubleValue())) {
                return a.doubleValue() == b.doubleValue();
            }
            BigDecimal x = a.decimalValue();
            BigDecimal y = b.decimalValue();
            return x.compareTo(y) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!jsonSame(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = a.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                JsonNode other = b.get(e.getKey());
                if (other == null || !jsonSame(e.getValue(), other)) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Refuses a value nested deeper than {@link #MAX_VALUE_DEPTH} (events are leaves). */
    static Object depthChecked(Object v) {
        if (depth(v, 0) > MAX_VALUE_DEPTH) {
            throw new QueryException("Value nests lists or dicts deeper than " + MAX_VALUE_DEPTH + " levels");
        }
        return v;
    }

    private static int depth(Object v, int above) {
        if (above > MAX_VALUE_DEPTH) {
            return above;
        }
        java.util.Collection<?> items;
        if (v instanceof List<?> list) {
            items = list;
        } else if (v instanceof Map<?, ?> map) {
            items = map.values();
        } else {
            return above;
        }
        int max = above + 1;
        for (Object item : items) {
            if (item instanceof List || item instanceof Map) {
                max = Math.max(max, depth(item, above + 1));
            }
        }
        return max;
    }
}
