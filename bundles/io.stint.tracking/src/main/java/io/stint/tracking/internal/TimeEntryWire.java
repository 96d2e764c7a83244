package io.stint.tracking.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stint.security.api.UserDirectory;
import io.stint.security.api.UserSummary;
import io.stint.tracking.api.TimeEntry;

/** A time entry as TimeTracker shows it: naive local times in the caller's zone, nulls written out. */
final class TimeEntryWire {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TimeEntryWire() {
    }

    static Map<String, Object> of(TimeEntry e, ZoneId zone, Instant now, String userName) {
        Map<String, Object> m = new LinkedHashMap<>(40);
        m.put("id", e.id());
        m.put("user_id", e.userId());
        m.put("project_id", e.projectId());
        m.put("client_id", e.clientId());
        m.put("task_id", e.taskId());
        m.put("start_time", WireTimes.local(e.start(), zone));
        m.put("end_time", WireTimes.local(e.end(), zone));
        m.put("duration_seconds", e.durationSeconds());
        m.put("duration_hours", e.durationSeconds() == null ? 0.0 : hours(e.durationSeconds()));
        m.put("duration_formatted", formatted(e.workedSeconds(now)));
        m.put("break_seconds", e.breakSeconds());
        m.put("paused_at", WireTimes.local(e.pausedAt(), zone));
        m.put("notes", e.notes());
        m.put("tags", e.tags());
        m.put("tag_list", e.tagList());
        m.put("source", e.source());
        m.put("billable", e.billable());
        m.put("paid", e.paid());
        m.put("invoice_number", e.invoiceNumber());
        m.put("is_active", e.running());
        m.put("is_paused", e.paused());
        m.put("created_at", WireTimes.local(e.createdAt(), zone));
        m.put("updated_at", WireTimes.local(e.updatedAt(), zone));
        m.put("user", userName);
        m.put("project", e.projectName());
        m.put("client", e.clientName());
        m.put("task", e.taskName());
        return m;
    }

    /** Seconds as hours rounded to two decimals: hours are decimals only at the edge. */
    static double hours(long seconds) {
        return Math.round(seconds / 36.0) / 100.0;
    }

    static String formatted(long seconds) {
        StringBuilder text = new StringBuilder(8);
        WireTimes.twoDigits(text, seconds / 3600).append(':');
        WireTimes.twoDigits(text, seconds % 3600 / 60).append(':');
        return WireTimes.twoDigits(text, seconds % 60).toString();
    }

    /** The display names of the entries' users, one directory look-up per distinct user. */
    static Map<Long, String> names(UserDirectory directory, Collection<TimeEntry> entries) {
        Map<Long, String> names = new HashMap<>();
        for (TimeEntry e : entries) {
            names.computeIfAbsent(e.userId(), id -> directory.find(id).map(UserSummary::displayName).orElse(null));
        }
        return names;
    }

    /** A JSON text for bodies that are stored and replayed byte for byte. */
    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }
}
