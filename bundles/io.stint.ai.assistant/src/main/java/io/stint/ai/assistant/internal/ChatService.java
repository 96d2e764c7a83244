package io.stint.ai.assistant.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.ai.api.Message;
import io.stint.ai.assistant.internal.Action.Rejected;
import io.stint.rest.api.Input;
import io.stint.security.api.Caller;

/** A chat turn: the context and the prompt to the provider, its answer checked. It executes nothing. */
@Component(service = ChatService.class)
public final class ChatService {

    static final int MAX_PROMPT = 4000;
    static final int MAX_HISTORY = 20;

    private final ProviderChoice providers;
    private final ContextBuilder context;
    private final ActionCheck check;

    @Activate
    public ChatService(@Reference ProviderChoice providers, @Reference ContextBuilder context, @Reference Peers peers) {
        this.providers = providers;
        this.context = context;
        this.check = new ActionCheck(peers);
    }

    Map<String, Object> chat(Caller caller, JsonNode body) {
        Input in = Input.of(body, Set.of("prompt", "history"));
        in.require("prompt");
        String prompt = in.string("prompt", MAX_PROMPT);
        List<Message> history = history(in);
        in.validate();
        if (prompt == null) {
            in.error("prompt", "Field may not be blank.").validate();
        }
        ProviderChoice.Answer answer = providers.complete(Prompts.chat(context.build(caller), history, prompt));
        ReplyParser.Parsed parsed = ReplyParser.parse(answer.completion().content());
        List<Map<String, Object>> actions = new ArrayList<>();
        List<Map<String, Object>> rejected = new ArrayList<>();
        for (String problem : parsed.problems()) {
            rejected.add(rejection(null, problem));
        }
        for (JsonNode proposed : parsed.actions()) {
            if (actions.size() + rejected.size() >= ReplyParser.MAX_ACTIONS) {
                rejected.add(rejection(proposed, "Too many actions in one answer."));
                continue;
            }
            try {
                actions.add(check.check(caller, proposed).wire());
            } catch (Rejected e) {
                rejected.add(rejection(proposed, e.getMessage()));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("reply", parsed.reply());
        out.put("actions", actions);
        out.put("rejected_actions", rejected);
        out.put("provider", answer.providerId());
        out.put("model", answer.model());
        return out;
    }

    private static Map<String, Object> rejection(JsonNode action, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("action", action);
        m.put("reason", reason);
        return m;
    }

    /** The earlier turns: at most 20 of {@code {"role": "user"|"assistant", "content": text}}. */
    private static List<Message> history(Input in) {
        JsonNode list = in.node("history");
        List<Message> history = new ArrayList<>();
        if (list == null || list.isNull()) {
            return history;
        }
        if (!list.isArray()) {
            in.error("history", "Not a valid list.");
            return history;
        }
        if (list.size() > MAX_HISTORY) {
            in.error("history", "At most " + MAX_HISTORY + " items.");
            return history;
        }
        for (JsonNode item : list) {
            String role = item.path("role").asText("");
            JsonNode content = item.get("content");
            boolean known = item.isObject() && item.size() == 2 && content != null && content.isTextual();
            if (!known || !Set.of(Message.USER, Message.ASSISTANT).contains(role)) {
                in.error("history", "Each item must be {\"role\": \"user\" or \"assistant\", \"content\": text}.");
                return history;
            }
            if (content.asText().length() > MAX_PROMPT) {
                in.error("history", "An item is longer than " + MAX_PROMPT + " characters.");
                return history;
            }
            history.add(new Message(role, content.asText()));
        }
        return history;
    }
}
