package io.stint.ai.assistant.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a model's chat answer strictly: a JSON object with a text {@code reply} and an {@code actions} array. */
final class ReplyParser {

    static final int MAX_REPLY = 20_000;
    static final int MAX_ACTIONS = 10;

    /**
     * What the model said.
     *
     * @param reply its text for the user
     * @param actions its proposed actions, unchecked
     * @param problems what was wrong with the answer as a whole, for {@code rejected_actions}
     */
    record Parsed(String reply, List<JsonNode> actions, List<String> problems) {
    }

    private ReplyParser() {
    }

    static Parsed parse(String content) {
        String text = content == null ? "" : content.strip();
        JsonNode root = AiJson.read(unfenced(text));
        List<String> problems = new ArrayList<>();
        if (root == null || !root.isObject()) {
            problems.add("The model's answer was not a JSON object, so it proposed no actions.");
            return new Parsed(clip(text), List.of(), problems);
        }
        JsonNode reply = root.get("reply");
        String shown = "";
        if (reply != null && reply.isTextual()) {
            shown = clip(reply.asText());
        } else if (reply != null && !reply.isNull()) {
            problems.add("The model's reply was not text.");
        }
        List<JsonNode> actions = new ArrayList<>();
        JsonNode list = root.get("actions");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                problems.add("The model's actions were not a list.");
            } else {
                list.forEach(actions::add);
            }
        }
        return new Parsed(shown, actions, problems);
    }

    /** The JSON inside one surrounding Markdown code fence, as some models add one. */
    private static String unfenced(String text) {
        if (text.startsWith("```") && text.endsWith("```") && text.length() > 6) {
            String inner = text.substring(3, text.length() - 3);
            int newline = inner.indexOf('\n');
            return newline >= 0 ? inner.substring(newline + 1) : inner;
        }
        return text;
    }

    private static String clip(String s) {
        return s.length() > MAX_REPLY ? s.substring(0, MAX_REPLY) : s;
    }
}
