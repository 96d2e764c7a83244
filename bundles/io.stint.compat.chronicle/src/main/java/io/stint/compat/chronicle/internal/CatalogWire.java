package io.stint.compat.chronicle.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.billing.api.Profile;
import io.stint.billing.api.Rate;
import io.stint.billing.api.Service;
import io.stint.tracking.api.Client;

/** Clients, services, rates and profiles as ChronicleCore writes them. */
final class CatalogWire {

    private CatalogWire() {
    }

    /** {@code {client_id, name, is_active, created_at, updated_at}}. */
    static ObjectNode client(Client c) {
        ObjectNode n = ChronicleJson.MAPPER.createObjectNode();
        n.put("client_id", c.id());
        n.put("name", c.name());
        n.put("is_active", c.active());
        n.put("created_at", Dates.timestamp(c.createdAt()));
        n.put("updated_at", Dates.timestamp(c.updatedAt()));
        return n;
    }

    /** {@code {service_id, name, is_active}}. */
    static ObjectNode service(Service s) {
        ObjectNode n = ChronicleJson.MAPPER.createObjectNode();
        n.put("service_id", s.id());
        n.put("name", s.name());
        n.put("is_active", s.active());
        return n;
    }

    /** {@code {rate_id, name, currency_code, hourly_amount, hourly_minor_units, effective_from, effective_to, is_active}}. */
    static ObjectNode rate(Rate r) {
        ObjectNode n = ChronicleJson.MAPPER.createObjectNode();
        n.put("rate_id", r.id());
        n.put("name", r.name());
        n.put("currency_code", r.currency());
        n.put("hourly_amount", Amounts.major(r.hourlyMinor(), r.currency()));
        n.put("hourly_minor_units", r.hourlyMinor());
        n.put("effective_from", Dates.day(r.effectiveFrom()));
        n.put("effective_to", Dates.day(r.effectiveTo()));
        n.put("is_active", r.active());
        return n;
    }

    /**
     * {@code {profile_id, client_name, project_name, service_name, rate_name, rate_amount,
     * currency_code, is_active, name}}.
     */
    static ObjectNode profile(Profile p) {
        ObjectNode n = ChronicleJson.MAPPER.createObjectNode();
        n.put("profile_id", p.id());
        n.put("client_name", p.clientName());
        n.put("project_name", p.projectName());
        n.put("service_name", p.serviceName());
        n.put("rate_name", p.rateName());
        n.put("rate_amount", Amounts.major(p.hourlyMinor(), p.currency()));
        n.put("currency_code", p.currency());
        n.put("is_active", p.active());
        n.put("name", p.name());
        return n;
    }
}
