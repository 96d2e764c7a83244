package io.stint.compat.chronicle.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Path and query parameters as ChronicleCore reads them, and whole lists read page by page. */
final class Params {

    static final int PAGE = 500;

    private Params() {
    }

    /** An id from the path; anything but a positive integer is ChronicleCore's 400 "Invalid {name}". */
    static long id(String text, String name) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ChronicleException.invalid("Invalid " + name);
    }

    /** ChronicleCore's flags are on only when they say {@code true}. */
    static boolean flag(String text) {
        return text != null && (text.equalsIgnoreCase("true") || text.equals("1"));
    }

    /** Every item of a paged list: {@code page} answers (offset, limit). */
    static <T> List<T> all(BiFunction<Long, Integer, List<T>> page) {
        List<T> all = new ArrayList<>();
        for (long offset = 0;; offset += PAGE) {
            List<T> items = page.apply(offset, PAGE);
            all.addAll(items);
            if (items.size() < PAGE) {
                return all;
            }
        }
    }

    /** A bare JSON array, ChronicleCore's list. */
    static ArrayNode array(List<ObjectNode> items) {
        ArrayNode array = ChronicleJson.MAPPER.createArrayNode();
        items.forEach(array::add);
        return array;
    }

    /** ChronicleCore's answer to a delete, {@code {"success": true}}. */
    static ObjectNode success() {
        return ChronicleJson.MAPPER.createObjectNode().put("success", true);
    }
}
