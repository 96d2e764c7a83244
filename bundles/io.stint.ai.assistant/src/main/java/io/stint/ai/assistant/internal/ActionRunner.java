package io.stint.ai.assistant.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.Blocks;
import io.stint.ai.assistant.internal.Action.Rejected;
import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;
import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryDraft;
import io.stint.tracking.api.TimeEntryService;
import io.stint.tracking.api.TimerAlreadyRunningException;
import io.stint.tracking.api.TimerService;

/** Executes one action a person confirmed, through the normal services and with the caller's scopes. */
@Component(service = ActionRunner.class)
public final class ActionRunner {

    private final Peers peers;
    private final ActionCheck check;

    @Activate
    public ActionRunner(@Reference Peers peers) {
        this.peers = peers;
        this.check = new ActionCheck(peers);
    }

    /** The action of a confirm body {@code {"action": {...}}}; 400 when it is missing or of an unknown type. */
    static JsonNode action(JsonNode body) {
        Input in = Input.of(body, Set.of("action"));
        in.require("action");
        JsonNode action = in.node("action");
        if (action != null && !action.isNull() && !action.isObject()) {
            in.error("action", "Not a valid object.");
        }
        in.validate();
        if (!ActionCheck.known(action)) {
            throw ApiException.badRequest("unsupported_action", "Unsupported action type: must be one of "
                    + String.join(", ", Action.TYPES) + ".");
        }
        return action;
    }

    /** The scope the action needs beside {@code write:ai}, or null. */
    static String scope(JsonNode action) {
        return switch (action.get("type").asText()) {
            case Action.CREATE_TIME_ENTRY, Action.START_TIMER, Action.STOP_TIMER -> Scopes.WRITE_TIME_ENTRIES;
            case Action.ASSIGN_BLOCK -> Scopes.WRITE_BLOCKS;
            default -> null;
        };
    }

    /** Runs the action; the caller's scopes must have been checked with {@link #scope}. */
    Map<String, Object> confirm(Caller caller, JsonNode node) {
        Action a;
        try {
            a = check.check(caller, node);
        } catch (Rejected e) {
            throw ApiException.badRequest("invalid_action", e.getMessage());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        TimeAccess me = new TimeAccess(caller.userId(), false);
        switch (a.type()) {
            case Action.CREATE_TIME_ENTRY -> {
                TimeEntry e = entries().create(me, new TimeEntryDraft(caller.userId(), a.projectId(), null, a.taskId(),
                        a.start(), a.end(), 0, a.notes(), null, a.billable(), false, null));
                result.put("time_entry", Wire.entry(e, caller.zone()));
            }
            case Action.START_TIMER -> {
                try {
                    TimeEntry e = timer().start(caller.userId(), a.projectId(), a.taskId(), a.notes());
                    result.put("timer", Wire.entry(e, caller.zone()));
                } catch (TimerAlreadyRunningException e) {
                    throw ApiException.conflict("timer_already_running", "A timer is already running");
                }
            }
            case Action.STOP_TIMER -> result.put("time_entry", Wire.entry(timer().stop(caller.userId()), caller.zone()));
            case Action.ASSIGN_BLOCK -> {
                Blocks blocks = peers.blocks;
                if (blocks == null) {
                    throw missing("activity");
                }
                ActivityBlock b = blocks.reassign(caller.userId(), caller.userId(), a.blockId(), a.profileId(), null);
                result.put("block", Wire.assigned(b, caller.zone()));
            }
            default -> result.put("text", a.text());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("success", true);
        out.put("action", a.wire());
        out.put("result", result);
        return out;
    }

    private TimeEntryService entries() {
        TimeEntryService s = peers.timeEntries;
        if (s == null) {
            throw missing("tracking");
        }
        return s;
    }

    private TimerService timer() {
        TimerService s = peers.timer;
        if (s == null) {
            throw missing("tracking");
        }
        return s;
    }

    private static ApiException missing(String module) {
        return new ApiException(503, "service_unavailable", "Service unavailable",
                "The " + module + " module is not running", null);
    }
}
