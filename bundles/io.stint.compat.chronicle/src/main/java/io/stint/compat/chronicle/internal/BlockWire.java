package io.stint.compat.chronicle.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.ProfileSummary;

/** A block as ChronicleCore writes it; durations are the block's active time. */
final class BlockWire {

    /** ChronicleCore's application name for the time a person adds, which has no application of its own. */
    static final String MANUAL_APP = "Manual Entry";
    private static final BigDecimal MINUTE = BigDecimal.valueOf(60_000);
    private static final BigDecimal HOUR = BigDecimal.valueOf(3_600_000);

    private BlockWire() {
    }

    static ObjectNode block(ActivityBlock b, ProfileNames names) {
        ProfileSummary profile = names.profile(b.profileId());
        ObjectNode n = ChronicleJson.MAPPER.createObjectNode();
        n.put("block_id", b.id());
        n.put("ts_start", Dates.timestamp(b.start()));
        n.put("ts_end", Dates.timestamp(b.end()));
        n.put("duration_minutes", BigDecimal.valueOf(b.activeMillis()).divide(MINUTE, 2, RoundingMode.HALF_UP));
        n.put("duration_hours", BigDecimal.valueOf(b.activeMillis()).divide(HOUR, 4, RoundingMode.HALF_UP));
        n.put("primary_app_name", b.app() == null && b.manual() ? MANUAL_APP : b.app());
        n.put("primary_domain", b.domain());
        n.put("title_summary", b.title());
        n.put("profile_id", b.profileId());
        n.put("client_name", profile == null ? null : profile.clientName());
        n.put("project_name", profile == null ? null : profile.projectName());
        n.put("service_name", b.profileId() == null ? null : names.serviceName(b.serviceId(), profile));
        n.put("confidence", b.confidence());
        n.put("billable", b.billable());
        n.put("locked", b.locked());
        n.put("notes", b.notes());
        n.put("description", b.description());
        n.put("created_at", Dates.timestamp(b.createdAt()));
        n.put("updated_at", Dates.timestamp(b.updatedAt()));
        return n;
    }
}
