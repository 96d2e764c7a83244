package io.stint.tracking.internal;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.Input;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectDraft;

/** A project on the wire: the fields TimeTracker shows, and request bodies read into changes. */
final class ProjectWire {

    static final Set<String> FIELDS = Set.of("name", "client_id", "status", "billable", "hourly_rate", "budget_amount",
            "description", "code", "estimated_hours");

    private final int digits;

    ProjectWire(int digits) {
        this.digits = digits;
    }

    Map<String, Object> toWire(Project p, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("client_id", p.clientId());
        m.put("client", p.clientName());
        m.put("status", p.status());
        m.put("billable", p.billable());
        m.put("hourly_rate", Money.decimal(p.rateMinor(), digits));
        m.put("description", p.description());
        m.put("code", p.code());
        m.put("estimated_hours", CatalogWire.hours(p.estimatedSeconds()));
        m.put("budget_amount", Money.decimal(p.budgetMinor(), digits));
        m.put("is_archived", p.archived());
        m.put("archived_at", WireTimes.local(p.archivedAt(), zone));
        m.put("created_at", WireTimes.local(p.createdAt(), zone));
        m.put("updated_at", WireTimes.local(p.updatedAt(), zone));
        m.put("total_hours", CatalogWire.hours(p.trackedSeconds()));
        return m;
    }

    /** A new project from a POST body. */
    ProjectDraft draft(JsonNode body) {
        return changes(body).apply(ProjectDraft.of(null, null));
    }

    /** The change a PUT or PATCH body asks for: the fields present replace the current ones. */
    UnaryOperator<ProjectDraft> changes(JsonNode body) {
        Input in = Input.of(body, FIELDS);
        String name = in.string("name", 200);
        Long clientId = in.integer("client_id");
        String status = in.choice("status", Set.copyOf(ProjectServiceImpl.STATUSES));
        Boolean billable = in.bool("billable");
        if (in.has("billable") && billable == null && !in.failed("billable")) {
            in.error("billable", "Field may not be null.");
        }
        Long rate = CatalogWire.minor(in, "hourly_rate", digits);
        Long budget = CatalogWire.minor(in, "budget_amount", digits);
        String description = in.string("description", 4000);
        String code = in.string("code", 50);
        Long estimated = CatalogWire.seconds(in, "estimated_hours");
        in.validate();
        return d -> new ProjectDraft(
                in.has("name") ? name : d.name(),
                in.has("client_id") ? clientId : d.clientId(),
                in.has("status") ? status : d.status(),
                in.has("billable") ? billable : d.billable(),
                in.has("hourly_rate") ? rate : d.rateMinor(),
                in.has("budget_amount") ? budget : d.budgetMinor(),
                in.has("description") ? description : d.description(),
                in.has("code") ? code : d.code(),
                in.has("estimated_hours") ? estimated : d.estimatedSeconds());
    }
}
