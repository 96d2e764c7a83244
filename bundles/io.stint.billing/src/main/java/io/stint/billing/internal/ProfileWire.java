package io.stint.billing.internal;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.billing.api.Profile;
import io.stint.billing.api.ProfileDraft;
import io.stint.rest.api.Input;

/** A profile on the wire, with the names of what it refers to and its rate's amount; request bodies read into changes. */
final class ProfileWire {

    static final Set<String> FIELDS = Set.of("client_id", "project_id", "service_id", "rate_id", "name");

    private ProfileWire() {
    }

    static Map<String, Object> toWire(Profile p, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("client_id", p.clientId());
        m.put("client_name", p.clientName());
        m.put("project_id", p.projectId());
        m.put("project_name", p.projectName());
        m.put("service_id", p.serviceId());
        m.put("service_name", p.serviceName());
        m.put("rate_id", p.rateId());
        m.put("rate_name", p.rateName());
        m.put("rate_amount", Amounts.decimal(p.hourlyMinor(), p.currency()));
        m.put("hourly_minor_units", p.hourlyMinor());
        m.put("currency", p.currency());
        m.put("is_active", p.active());
        m.put("created_at", BillingWire.local(p.createdAt(), zone));
        m.put("updated_at", BillingWire.local(p.updatedAt(), zone));
        return m;
    }

    /** A new profile from a POST body: {@code client_id}, {@code service_id} and {@code rate_id} required. */
    static ProfileDraft draft(JsonNode body) {
        return read(body, true).apply(new ProfileDraft(0, null, 0, 0, null));
    }

    /** The change a PUT or PATCH body asks for; {@code project_id} or {@code name} null clears it. */
    static UnaryOperator<ProfileDraft> changes(JsonNode body) {
        return read(body, false);
    }

    private static UnaryOperator<ProfileDraft> read(JsonNode body, boolean creating) {
        Input in = Input.of(body, FIELDS);
        Long client = in.integer("client_id");
        Long project = in.integer("project_id");
        Long service = in.integer("service_id");
        Long rate = in.integer("rate_id");
        String name = in.string("name", Checks.MAX_NAME);
        BillingWire.required(in, "client_id", client, creating);
        BillingWire.required(in, "service_id", service, creating);
        BillingWire.required(in, "rate_id", rate, creating);
        in.validate();
        return d -> new ProfileDraft(client != null ? client : d.clientId(),
                in.has("project_id") ? project : d.projectId(),
                service != null ? service : d.serviceId(),
                rate != null ? rate : d.rateId(),
                in.has("name") ? name : d.name());
    }
}
