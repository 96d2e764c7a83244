package io.stint.activity.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import io.stint.activity.api.ProfileSummary;

/** Blocks and tracking status as {@code /api/v1} writes them: naive local times in the caller's zone. */
final class ActivityWire {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private ActivityWire() {
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LOCAL.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone));
    }

    static Map<String, Object> block(Block b, ProfileSummary profile, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("ts_start", local(Instant.ofEpochMilli(b.startMs()), zone));
        m.put("ts_end", local(Instant.ofEpochMilli(b.endMs()), zone));
        m.put("active_seconds", b.activeMs() / 1000);
        m.put("duration_minutes", BigDecimal.valueOf(b.activeMs()).divide(BigDecimal.valueOf(60_000), 2, RoundingMode.HALF_UP));
        m.put("duration_hours", BigDecimal.valueOf(b.activeMs()).divide(BigDecimal.valueOf(3_600_000), 4, RoundingMode.HALF_UP));
        m.put("primary_app_name", b.app());
        m.put("primary_domain", b.domain());
        m.put("title_summary", b.title());
        m.put("profile_id", b.profileId());
        m.put("profile_name", profile == null ? null : profile.name());
        m.put("client_name", profile == null ? null : profile.clientName());
        m.put("project_name", profile == null ? null : profile.projectName());
        m.put("service_name", profile == null ? null : profile.serviceName());
        m.put("confidence", b.confidence());
        m.put("assigned_by", b.assignedBy());
        m.put("needs_review", b.needsReview());
        m.put("billable", b.billable());
        m.put("locked", b.locked());
        m.put("notes", b.notes());
        m.put("description", b.description());
        m.put("created_at", local(b.createdAt(), zone));
        m.put("updated_at", local(b.updatedAt(), zone));
        return m;
    }
}
