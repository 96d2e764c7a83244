package io.stint.billing.internal;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.billing.api.Service;
import io.stint.billing.api.ServiceDraft;
import io.stint.rest.api.Input;

/** A service on the wire: {@code {id, name, is_active, created_at, updated_at}}, and request bodies read into changes. */
final class ServiceWire {

    static final Set<String> FIELDS = Set.of("name", "is_active");

    private ServiceWire() {
    }

    static Map<String, Object> toWire(Service s, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("is_active", s.active());
        m.put("created_at", BillingWire.local(s.createdAt(), zone));
        m.put("updated_at", BillingWire.local(s.updatedAt(), zone));
        return m;
    }

    /** A new service from a POST body: {@code name} required, {@code is_active} default true. */
    static ServiceDraft draft(JsonNode body) {
        return read(body, true).apply(new ServiceDraft(null, true));
    }

    /** The change a PUT or PATCH body asks for: the fields present replace the current ones. */
    static UnaryOperator<ServiceDraft> changes(JsonNode body) {
        return read(body, false);
    }

    private static UnaryOperator<ServiceDraft> read(JsonNode body, boolean creating) {
        Input in = Input.of(body, FIELDS);
        String name = in.string("name", Checks.MAX_NAME);
        Boolean active = in.bool("is_active");
        BillingWire.required(in, "name", name, creating);
        BillingWire.required(in, "is_active", active, false);
        in.validate();
        return d -> new ServiceDraft(in.has("name") ? name : d.name(), in.has("is_active") ? active : d.active());
    }
}
