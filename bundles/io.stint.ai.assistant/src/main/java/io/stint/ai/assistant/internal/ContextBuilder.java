package io.stint.ai.assistant.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockFilter;
import io.stint.activity.api.Blocks;
import io.stint.billing.api.Profile;
import io.stint.billing.api.Profiles;
import io.stint.security.api.Caller;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectQuery;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.Task;
import io.stint.tracking.api.TaskQuery;
import io.stint.tracking.api.TaskService;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntryQuery;
import io.stint.tracking.api.TimeEntryService;
import io.stint.tracking.api.TimerService;

/** The one context both the preview and the chat send: what the caller is working on, as data. */
@Component(service = ContextBuilder.class, configurationPid = AssistantSettings.PID)
public final class ContextBuilder {

    static final int MAX_LISTED = 200;
    private static final Set<String> CLOSED_TASKS = Set.of("done", "cancelled");
    private static final List<String> TRIMMABLE = List.of("recent_entries", "unassigned_blocks", "tasks", "projects",
            "profiles");

    private final Peers peers;
    private final Options options;
    private final Clock clock;

    @Activate
    public ContextBuilder(@Reference Peers peers, AssistantSettings settings) {
        this(peers, Options.of(settings), Clock.systemUTC());
    }

    ContextBuilder(Peers peers, Options options, Clock clock) {
        this.peers = peers;
        this.options = options;
        this.clock = clock;
    }

    Options options() {
        return options;
    }

    /** The caller's context; a module that is not running (or fails) leaves its part out. */
    Map<String, Object> build(Caller caller) {
        ZoneId zone = caller.zone();
        Instant now = clock.instant();
        Map<String, Object> context = new LinkedHashMap<>();
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", caller.username());
        user.put("time_zone", zone.getId());
        context.put("user", user);
        context.put("now", AiJson.local(now, zone));
        TimeEntryService entries = peers.timeEntries;
        if (entries != null) {
            part(context, "recent_entries", () -> entries.list(new TimeAccess(caller.userId(), false),
                    new TimeEntryQuery(caller.userId(), null, null, null, null, false, 0, options.contextEntries()))
                    .entries().stream().map(e -> Wire.entry(e, zone)).toList());
        }
        TimerService timer = peers.timer;
        if (timer != null) {
            part(context, "active_timer", () -> timer.running(caller.userId()).map(e -> Wire.entry(e, zone)).orElse(null));
        }
        ProjectService projects = peers.projects;
        Set<Long> open = new HashSet<>();
        if (projects != null) {
            part(context, "projects", () -> projects.list(new ProjectQuery(Project.ACTIVE, null, null), 0, MAX_LISTED)
                    .stream().peek(p -> open.add(p.id())).map(Wire::project).toList());
        }
        TaskService tasks = peers.tasks;
        if (tasks != null) {
            part(context, "tasks", () -> tasks.list(TaskQuery.all(), 0, MAX_LISTED * 5).stream()
                    .filter(t -> !CLOSED_TASKS.contains(t.status()))
                    .filter(t -> projects == null || open.contains(t.projectId()))
                    .limit(MAX_LISTED).map(ContextBuilder::task).toList());
        }
        Blocks blocks = peers.blocks;
        if (blocks != null) {
            part(context, "unassigned_blocks", () -> reviewable(blocks, caller.userId(), LocalDate.ofInstant(now, zone),
                    zone).stream().map(b -> Wire.block(b, zone, options.hideTitles())).toList());
        }
        Profiles profiles = peers.profiles;
        if (profiles != null) {
            part(context, "profiles", () -> profiles.list(true, 0, MAX_LISTED).stream().map(ContextBuilder::profile)
                    .toList());
        }
        return fit(context);
    }

    /** The user's blocks of {@code day} that need review and are not locked. */
    static List<ActivityBlock> reviewable(Blocks blocks, long userId, LocalDate day, ZoneId zone) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return blocks.list(new BlockFilter(userId, from, to, null, false, true, MAX_LISTED)).blocks().stream()
                .filter(b -> b.userId() == userId && b.needsReview() && !b.locked()).toList();
    }

    static Map<String, Object> profile(Profile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("client", p.clientName());
        m.put("project", p.projectName());
        m.put("service", p.serviceName());
        return m;
    }

    private static Map<String, Object> task(Task t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("name", t.name());
        m.put("project_id", t.projectId());
        return m;
    }

    private static void part(Map<String, Object> context, String key, Supplier<Object> value) {
        try {
            context.put(key, value.get());
        } catch (RuntimeException e) {
            // a module that fails to answer leaves its part out, like one that is not running
        }
    }

    /** Drops the tails of the longest lists until the context fits {@code max.prompt.chars}. */
    private Map<String, Object> fit(Map<String, Object> context) {
        boolean trimmed = false;
        while (AiJson.prompt(context).length() > options.maxPromptChars()) {
            String longest = null;
            int size = 0;
            for (String key : TRIMMABLE) {
                if (context.get(key) instanceof List<?> list && list.size() > size) {
                    longest = key;
                    size = list.size();
                }
            }
            if (longest == null) {
                break;
            }
            List<?> list = (List<?>) context.get(longest);
            context.put(longest, new ArrayList<>(list.subList(0, size / 2)));
            trimmed = true;
        }
        if (trimmed) {
            context.put("truncated", true);
        }
        return context;
    }
}
