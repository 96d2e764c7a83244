package io.stint.compat.chronicle.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.activity.api.ProfileSummary;
import io.stint.rules.api.Rule;

/** A rule as ChronicleCore writes it, with its target's client and service names. */
final class RuleWire {

    private RuleWire() {
    }

    /**
     * {@code {rule_id, name, priority, match_type, match_value, target_profile_id, target_service_id,
     * confidence_boost, enabled, client_name, service_name, created_at, updated_at}}.
     */
    static ObjectNode rule(Rule r, ProfileNames names) {
        ProfileSummary profile = names.profile(r.targetProfileId());
        ObjectNode n = ChronicleJson.MAPPER.createObjectNode();
        n.put("rule_id", r.id());
        n.put("name", r.name());
        n.put("priority", r.priority());
        n.put("match_type", r.matchType().name());
        n.put("match_value", r.matchValue());
        n.put("target_profile_id", r.targetProfileId());
        n.put("target_service_id", r.targetServiceId());
        n.put("confidence_boost", r.confidenceBoost());
        n.put("enabled", r.enabled());
        n.put("client_name", profile == null ? null : profile.clientName());
        n.put("service_name", names.serviceName(r.targetServiceId(), profile));
        n.put("created_at", Dates.timestamp(r.createdAt()));
        n.put("updated_at", Dates.timestamp(r.updatedAt()));
        return n;
    }
}
