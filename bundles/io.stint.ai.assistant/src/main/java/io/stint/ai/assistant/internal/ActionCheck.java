package io.stint.ai.assistant.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.Blocks;
import io.stint.ai.assistant.internal.Action.Rejected;
import io.stint.billing.api.Profile;
import io.stint.billing.api.Profiles;
import io.stint.security.api.Caller;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.Task;
import io.stint.tracking.api.TaskService;
import io.stint.tracking.api.TimerService;

/** Validates a proposed action like a request: known type, known fields, ids that exist and are the caller's. */
final class ActionCheck {

    static final int MAX_NOTES = 1000;
    static final int MAX_TEXT = 4000;
    private static final Map<String, Set<String>> FIELDS = Map.of(
            Action.CREATE_TIME_ENTRY, Set.of("project_id", "start_time", "end_time", "notes", "task_id", "billable"),
            Action.START_TIMER, Set.of("project_id", "task_id", "notes"),
            Action.STOP_TIMER, Set.of(),
            Action.ASSIGN_BLOCK, Set.of("block_id", "profile_id"),
            Action.SUMMARY, Set.of("text"));

    private final Peers peers;

    ActionCheck(Peers peers) {
        this.peers = peers;
    }

    /** Whether {@code node} names a type the helper knows. */
    static boolean known(JsonNode node) {
        return node != null && node.isObject() && node.path("type").isTextual()
                && Action.TYPES.contains(node.get("type").asText());
    }

    /** The action, or {@link Rejected} with the reason. */
    Action check(Caller caller, JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new Rejected("An action must be a JSON object.");
        }
        if (!known(node)) {
            throw new Rejected("Unknown action type.");
        }
        String type = node.get("type").asText();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!Set.of("type", "label", "payload").contains(f)) {
                throw new Rejected("Unknown field in action: " + f + ".");
            }
        }
        JsonNode payload = node.has("payload") && !node.get("payload").isNull() ? node.get("payload")
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (!payload.isObject()) {
            throw new Rejected("The payload must be a JSON object.");
        }
        for (Iterator<String> it = payload.fieldNames(); it.hasNext();) {
            String f = it.next();
            if (!FIELDS.get(type).contains(f)) {
                throw new Rejected("Unknown payload field for " + type + ": " + f + ".");
            }
        }
        String label = node.path("label").isTextual() ? clip(node.get("label").asText(), 200) : null;
        ZoneId zone = caller.zone();
        Map<String, Object> shown = new LinkedHashMap<>();
        switch (type) {
            case Action.CREATE_TIME_ENTRY -> {
                Project project = project(id(payload, "project_id", true));
                Long taskId = task(project, id(payload, "task_id", false));
                Instant start = time(payload, "start_time", zone);
                Instant end = time(payload, "end_time", zone);
                if (!end.isAfter(start)) {
                    throw new Rejected("end_time must be after start_time.");
                }
                String notes = text(payload, "notes", MAX_NOTES, false);
                JsonNode b = payload.get("billable");
                if (b != null && !b.isNull() && !b.isBoolean()) {
                    throw new Rejected("billable must be true or false.");
                }
                boolean billable = b == null || b.isNull() ? project.billable() : b.asBoolean();
                shown.put("project_id", project.id());
                shown.put("start_time", AiJson.local(start, zone));
                shown.put("end_time", AiJson.local(end, zone));
                shown.put("notes", notes);
                shown.put("task_id", taskId);
                shown.put("billable", billable);
                return new Action(type, label != null ? label : "Record time on " + project.name(), shown,
                        project.id(), taskId, start, end, notes, billable, null, null, null);
            }
            case Action.START_TIMER -> {
                Project project = project(id(payload, "project_id", true));
                Long taskId = task(project, id(payload, "task_id", false));
                String notes = text(payload, "notes", MAX_NOTES, false);
                shown.put("project_id", project.id());
                shown.put("task_id", taskId);
                shown.put("notes", notes);
                return new Action(type, label != null ? label : "Start a timer on " + project.name(), shown,
                        project.id(), taskId, null, null, notes, null, null, null, null);
            }
            case Action.STOP_TIMER -> {
                TimerService timer = peers.timer;
                if (timer == null) {
                    throw new Rejected("Time tracking is not running.");
                }
                if (timer.running(caller.userId()).isEmpty()) {
                    throw new Rejected("No timer is running.");
                }
                return new Action(type, label != null ? label : "Stop the timer", shown, null, null, null, null, null,
                        null, null, null, null);
            }
            case Action.ASSIGN_BLOCK -> {
                ActivityBlock block = block(caller, id(payload, "block_id", true));
                Profile profile = profile(id(payload, "profile_id", true));
                shown.put("block_id", block.id());
                shown.put("profile_id", profile.id());
                return new Action(type, label != null ? label : "Assign the block to " + profile.clientName(), shown,
                        null, null, null, null, null, null, block.id(), profile.id(), null);
            }
            default -> {
                String text = text(payload, "text", MAX_TEXT, true);
                shown.put("text", text);
                return new Action(type, label != null ? label : "Summary", shown, null, null, null, null, null, null,
                        null, null, text);
            }
        }
    }

    private Project project(long id) {
        ProjectService projects = peers.projects;
        if (projects == null) {
            throw new Rejected("Projects are not available.");
        }
        Project p = projects.find(id).orElseThrow(() -> new Rejected("Unknown project " + id + "."));
        if (p.archived()) {
            throw new Rejected("Project " + id + " is archived.");
        }
        return p;
    }

    private Long task(Project project, Long id) {
        if (id == null) {
            return null;
        }
        TaskService tasks = peers.tasks;
        Task t = tasks == null ? null : tasks.find(id).orElse(null);
        if (t == null || t.projectId() != project.id()) {
            throw new Rejected("Task " + id + " is not a task of project " + project.id() + ".");
        }
        return id;
    }

    /** The caller's own block that is not locked; another user's block is as unknown as a missing one. */
    private ActivityBlock block(Caller caller, long id) {
        Blocks blocks = peers.blocks;
        if (blocks == null) {
            throw new Rejected("Activity blocks are not available.");
        }
        ActivityBlock b = blocks.find(caller.userId(), id).filter(x -> x.userId() == caller.userId())
                .orElseThrow(() -> new Rejected("Unknown block " + id + "."));
        if (b.locked()) {
            throw new Rejected("Block " + id + " is locked.");
        }
        return b;
    }

    private Profile profile(long id) {
        Profiles profiles = peers.profiles;
        if (profiles == null) {
            throw new Rejected("Billing profiles are not available.");
        }
        return profiles.find(id).filter(Profile::active)
                .orElseThrow(() -> new Rejected("Unknown or deleted profile " + id + "."));
    }

    private static Long id(JsonNode payload, String field, boolean required) {
        JsonNode n = payload.get(field);
        if (n == null || n.isNull()) {
            if (required) {
                throw new Rejected(field + " is required.");
            }
            return null;
        }
        if (n.isIntegralNumber() && n.canConvertToLong() && n.asLong() > 0) {
            return n.asLong();
        }
        if (n.isTextual() && n.asText().strip().matches("[1-9][0-9]{0,17}")) {
            return Long.parseLong(n.asText().strip());
        }
        throw new Rejected(field + " must be an id.");
    }

    private static Instant time(JsonNode payload, String field, ZoneId zone) {
        JsonNode n = payload.get(field);
        Instant t = n != null && n.isTextual() ? AiJson.instant(n.asText(), zone) : null;
        if (t == null) {
            throw new Rejected(field + " must be a local time YYYY-MM-DDTHH:MM:SS.");
        }
        return t;
    }

    private static String text(JsonNode payload, String field, int max, boolean required) {
        JsonNode n = payload.get(field);
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            if (required) {
                throw new Rejected(field + " is required.");
            }
            return null;
        }
        if (!n.isTextual()) {
            throw new Rejected(field + " must be text.");
        }
        if (n.asText().length() > max) {
            throw new Rejected(field + " is longer than " + max + " characters.");
        }
        return n.asText().strip();
    }

    private static String clip(String s, int max) {
        String t = s.strip();
        return t.isEmpty() ? null : t.length() > max ? t.substring(0, max) : t;
    }
}
