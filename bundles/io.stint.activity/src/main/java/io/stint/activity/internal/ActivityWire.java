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

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.ProfileSummary;

/** Blocks and tracking status as {@code /api/v1} writes them: naive local times in the caller's zone. */
final class ActivityWire {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private ActivityWire() {
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LOCAL.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone));
    }

    /** A naive local time in {@code zone}, or a time with {@code Z} or an offset, as an instant. */
    static Instant instant(String text, ZoneId zone) {
        String t = text.strip();
        try {
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDateTime.parse(t).atZone(zone).toInstant();
        }
    }

    /** A block; {@code service} names the block's own service when a rule overrode the profile's. */
    static Map<String, Object> block(ActivityBlock b, ProfileSummary profile, String service, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("ts_start", local(b.start(), zone));
        m.put("ts_end", local(b.end(), zone));
        m.put("active_seconds", b.activeMillis() / 1000);
        m.put("duration_minutes", BigDecimal.valueOf(b.activeMillis()).divide(BigDecimal.valueOf(60_000), 2, RoundingMode.HALF_UP));
        m.put("duration_hours", BigDecimal.valueOf(b.activeMillis()).divide(BigDecimal.valueOf(3_600_000), 4, RoundingMode.HALF_UP));
        m.put("primary_app_name", b.app());
        m.put("primary_domain", b.domain());
        m.put("title_summary", b.title());
        m.put("profile_id", b.profileId());
        m.put("profile_name", profile == null ? null : profile.name());
        m.put("client_name", profile == null ? null : profile.clientName());
        m.put("project_name", profile == null ? null : profile.projectName());
        m.put("service_id", b.serviceId());
        m.put("service_name", service != null ? service : profile == null ? null : profile.serviceName());
        m.put("rule_id", b.ruleId());
        m.put("confidence", b.confidence());
        m.put("assigned_by", b.assignedBy());
        m.put("needs_review", b.needsReview());
        m.put("billable", b.billable());
        m.put("locked", b.locked());
        m.put("manual", b.manual());
        m.put("notes", b.notes());
        m.put("description", b.description());
        m.put("created_at", local(b.createdAt(), zone));
        m.put("updated_at", local(b.updatedAt(), zone));
        return m;
    }
}
