package io.stint.rules.internal.engine;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a COMPOSITE match value: a JSON condition tree. A node is an object with exactly one key:
 * {@code {"all":[node,…]}} (every child matches), {@code {"any":[node,…]}} (at least one does), both
 * non-empty; {@code {"not":node}}; or a leaf {@code {"app":"…"}}, {@code {"domain":"…"}},
 * {@code {"title_regex":"…"}}, {@code {"keyword":"…"}} with the meaning of the match type of that
 * name. At most {@value #MAX_DEPTH} levels and {@value #MAX_NODES} nodes. Errors name the node, e.g.
 * {@code all[1].title_regex: missing closing )}.
 */
final class CompositeParser {

    static final int MAX_DEPTH = 8;
    static final int MAX_NODES = 64;
    private static final String KEYS = "all, any, not, app, domain, title_regex or keyword";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private int nodes;

    private CompositeParser() {
    }

    static Condition parse(String value) throws InvalidRuleException {
        JsonNode tree;
        try {
            tree = JSON.readTree(value);
        } catch (JsonProcessingException e) {
            throw new InvalidRuleException("not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidRuleException("not valid JSON: no content");
        }
        return new CompositeParser().node(tree, "", 1);
    }

    private Condition node(JsonNode node, String path, int depth) throws InvalidRuleException {
        if (depth > MAX_DEPTH) {
            throw error(path, "too deep: a condition tree has at most " + MAX_DEPTH + " levels");
        }
        if (++nodes > MAX_NODES) {
            throw error(path, "too many conditions: a tree has at most " + MAX_NODES);
        }
        if (!node.isObject() || node.size() != 1) {
            throw error(path, "a condition is an object with exactly one key (" + KEYS + ")"
                    + (node.isObject() ? ", found " + node.size() : ""));
        }
        String key = node.fieldNames().next();
        JsonNode value = node.get(key);
        String at = path.isEmpty() ? key : path + "." + key;
        return switch (key) {
            case "all" -> new Condition.All(children(value, at, depth));
            case "any" -> new Condition.Any(children(value, at, depth));
            case "not" -> new Condition.Not(node(value, at, depth + 1));
            case "app" -> leaf(at, () -> RuleCheck.app(text(value, at)));
            case "domain" -> leaf(at, () -> new Condition.Domain(Domains.normalise(text(value, at))));
            case "title_regex" -> leaf(at, () -> RuleCheck.titleRegex(text(value, at)));
            case "keyword" -> leaf(at, () -> RuleCheck.keyword(text(value, at)));
            default -> throw error(path, "unknown condition \"" + key + "\" (expected " + KEYS + ")");
        };
    }

    private Condition[] children(JsonNode value, String at, int depth) throws InvalidRuleException {
        if (!value.isArray() || value.isEmpty()) {
            throw error(at, "expected a non-empty array of conditions");
        }
        List<Condition> children = new ArrayList<>();
        Iterator<JsonNode> it = value.elements();
        for (int i = 0; it.hasNext(); i++) {
            children.add(node(it.next(), at + "[" + i + "]", depth + 1));
        }
        return children.toArray(Condition[]::new);
    }

    private static String text(JsonNode value, String at) throws InvalidRuleException {
        if (!value.isTextual()) {
            throw error(at, "expected a string");
        }
        return value.textValue();
    }

    private interface Leaf {
        Condition make() throws InvalidRuleException;
    }

    private static Condition leaf(String at, Leaf leaf) throws InvalidRuleException {
        try {
            return leaf.make();
        } catch (InvalidRuleException e) {
            throw e.getMessage().startsWith(at + ": ") ? e : error(at, e.getMessage());
        }
    }

    private static InvalidRuleException error(String path, String problem) {
        return new InvalidRuleException((path.isEmpty() ? "condition" : path) + ": " + problem);
    }
}
