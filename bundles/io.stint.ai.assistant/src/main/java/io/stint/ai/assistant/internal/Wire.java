package io.stint.ai.assistant.internal;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import io.stint.activity.api.ActivityBlock;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.TimeEntry;

/** Entries, projects and blocks as the helper shows them: naive local times in the caller's zone. */
final class Wire {

    private Wire() {
    }

    static Map<String, Object> entry(TimeEntry e, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("project_id", e.projectId());
        m.put("project_name", e.projectName());
        m.put("task_id", e.taskId());
        m.put("task_name", e.taskName());
        m.put("start_time", AiJson.local(e.start(), zone));
        m.put("end_time", AiJson.local(e.end(), zone));
        m.put("duration_seconds", e.durationSeconds());
        m.put("notes", e.notes());
        m.put("billable", e.billable());
        return m;
    }

    static Map<String, Object> project(Project p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("client_name", p.clientName());
        return m;
    }

    /** A block; under privacy its window title and domain are left out. */
    static Map<String, Object> block(ActivityBlock b, ZoneId zone, boolean hideTitles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("ts_start", AiJson.local(b.start(), zone));
        m.put("ts_end", AiJson.local(b.end(), zone));
        m.put("duration", b.activeMillis() / 1000);
        m.put("app", b.app());
        if (!hideTitles) {
            m.put("title", b.title());
            m.put("domain", b.domain());
        }
        return m;
    }

    /** A block after a person's change, for a confirmed action's result. */
    static Map<String, Object> assigned(ActivityBlock b, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("ts_start", AiJson.local(b.start(), zone));
        m.put("ts_end", AiJson.local(b.end(), zone));
        m.put("profile_id", b.profileId());
        m.put("confidence", b.confidence());
        m.put("assigned_by", b.assignedBy());
        m.put("needs_review", b.needsReview());
        return m;
    }
}
