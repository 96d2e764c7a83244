package io.stint.rules.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.Classification;
import io.stint.activity.api.Reclassification;
import io.stint.rules.api.Rule;
import io.stint.rules.api.RuleJob;

/** Rules, jobs and previewed changes as {@code /api/v1} writes them: naive local times in the caller's zone. */
final class RuleWire {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private RuleWire() {
    }

    static String local(Instant instant, ZoneId zone) {
        return instant == null ? null : LOCAL.format(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone));
    }

    static Map<String, Object> rule(Rule r, Map<String, String> names, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("priority", r.priority());
        m.put("match_type", r.matchType().name());
        m.put("match_value", r.matchValue());
        m.put("target_profile_id", r.targetProfileId());
        m.put("target_service_id", r.targetServiceId());
        m.put("confidence_boost", r.confidenceBoost());
        m.put("enabled", r.enabled());
        m.put("profile_name", names.get("profile_name"));
        m.put("client_name", names.get("client_name"));
        m.put("service_name", names.get("service_name"));
        m.put("created_at", local(r.createdAt(), zone));
        m.put("updated_at", local(r.updatedAt(), zone));
        return m;
    }

    static Map<String, Object> job(RuleJob j, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", j.id());
        m.put("state", j.state());
        m.put("reason", j.reason());
        m.put("total", j.total());
        m.put("examined", j.examined());
        m.put("changed_activities", j.changedActivities());
        m.put("changed", j.changed());
        m.put("progress", j.total() == 0 ? (RuleJob.RUNNING.equals(j.state()) ? 0 : 100)
                : Math.min(100, j.examined() * 100 / j.total()));
        m.put("started_at", local(j.startedAt(), zone));
        m.put("finished_at", local(j.finishedAt(), zone));
        m.put("error", j.error());
        return m;
    }

    static Map<String, Object> change(Reclassification.Change c, ZoneId zone) {
        ActivityBlock b = c.block();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("block_id", b.id());
        m.put("user_id", b.userId());
        m.put("ts_start", local(b.start(), zone));
        m.put("ts_end", local(b.end(), zone));
        m.put("primary_app_name", b.app());
        m.put("primary_domain", b.domain());
        m.put("title_summary", b.title());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("profile_id", b.profileId());
        before.put("service_id", b.serviceId());
        before.put("rule_id", b.ruleId());
        before.put("confidence", b.confidence());
        m.put("before", before);
        Classification a = c.after();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("profile_id", a == null ? null : a.profileId());
        after.put("service_id", a == null ? null : a.serviceId());
        // a rule previewed before it is saved has no id yet
        after.put("rule_id", a == null || a.ruleId() == Long.MAX_VALUE ? null : a.ruleId());
        after.put("confidence", a == null ? "LOW" : a.confidence());
        m.put("after", after);
        return m;
    }
}
