package io.stint.compat.chronicle.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.stint.activity.api.TrackingStatus;

/** The tracking status as ChronicleCore writes it. */
final class TrackingWire {

    private TrackingWire() {
    }

    /** {@code {state, last_active_at, idle_seconds, current_window: {app_name, title} | null}}. */
    static ObjectNode status(TrackingStatus s) {
        ObjectNode n = ChronicleJson.MAPPER.createObjectNode();
        n.put("state", s.state());
        n.put("last_active_at", Dates.timestamp(s.lastActiveAt()));
        n.put("idle_seconds", s.idleSeconds());
        if (s.app() == null && s.title() == null) {
            n.putNull("current_window");
        } else {
            n.putObject("current_window").put("app_name", s.app()).put("title", s.title());
        }
        return n;
    }
}
