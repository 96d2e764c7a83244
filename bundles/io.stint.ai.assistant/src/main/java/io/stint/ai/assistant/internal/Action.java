package io.stint.ai.assistant.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An action that passed {@link ActionCheck}: its typed values, and its wire form
 * {@code {"type", "label", "payload"}}. Fields a type does not use are null.
 */
record Action(String type, String label, Map<String, Object> payload, Long projectId, Long taskId, Instant start,
        Instant end, String notes, Boolean billable, Long blockId, Long profileId, String text) {

    static final String CREATE_TIME_ENTRY = "create_time_entry";
    static final String START_TIMER = "start_timer";
    static final String STOP_TIMER = "stop_timer";
    static final String ASSIGN_BLOCK = "assign_block";
    static final String SUMMARY = "summary";
    static final List<String> TYPES = List.of(CREATE_TIME_ENTRY, START_TIMER, STOP_TIMER, ASSIGN_BLOCK, SUMMARY);

    Map<String, Object> wire() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("label", label);
        m.put("payload", payload);
        return m;
    }

    /** An action refused, with a reason a person can read. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }
}
