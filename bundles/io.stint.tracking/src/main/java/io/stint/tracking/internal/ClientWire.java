package io.stint.tracking.internal;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.Input;
import io.stint.tracking.api.Client;
import io.stint.tracking.api.ClientDraft;

/** A client on the wire: the fields TimeTracker shows, and request bodies read into changes. */
final class ClientWire {

    static final Set<String> FIELDS = Set.of("name", "email", "company", "phone", "address", "default_hourly_rate",
            "status", "custom_fields");

    private final int digits;

    ClientWire(int digits) {
        this.digits = digits;
    }

    Map<String, Object> toWire(Client c, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("name", c.name());
        m.put("email", c.email());
        m.put("company", c.company());
        m.put("phone", c.phone());
        m.put("address", c.address());
        BigDecimal rate = Money.decimal(c.defaultRateMinor(), digits);
        m.put("default_hourly_rate", rate == null ? null : rate.toPlainString());
        m.put("status", c.status());
        m.put("is_active", c.active());
        m.put("created_at", WireTimes.local(c.createdAt(), zone));
        m.put("updated_at", WireTimes.local(c.updatedAt(), zone));
        m.put("total_projects", c.totalProjects());
        m.put("active_projects", c.activeProjects());
        m.put("custom_fields", Map.of());
        return m;
    }

    /** A new client from a POST body. */
    ClientDraft draft(JsonNode body) {
        return changes(body).apply(ClientDraft.named(null));
    }

    /**
     * The change a PUT or PATCH body asks for: the fields present replace the current ones.
     * {@code custom_fields} is accepted and not kept.
     */
    UnaryOperator<ClientDraft> changes(JsonNode body) {
        Input in = Input.of(body, FIELDS);
        String name = in.string("name", 200);
        String email = in.string("email", 254);
        String company = in.string("company", 200);
        String phone = in.string("phone", 50);
        String address = in.string("address", 1000);
        Long rate = CatalogWire.minor(in, "default_hourly_rate", digits);
        String status = in.choice("status", Set.copyOf(ClientServiceImpl.STATUSES));
        JsonNode custom = in.node("custom_fields");
        if (custom != null && !custom.isNull() && !custom.isObject()) {
            in.error("custom_fields", "Not a valid mapping type.");
        }
        in.validate();
        return d -> new ClientDraft(
                in.has("name") ? name : d.name(),
                in.has("email") ? email : d.email(),
                in.has("company") ? company : d.company(),
                in.has("phone") ? phone : d.phone(),
                in.has("address") ? address : d.address(),
                in.has("default_hourly_rate") ? rate : d.defaultRateMinor(),
                in.has("status") ? status : d.status());
    }
}
