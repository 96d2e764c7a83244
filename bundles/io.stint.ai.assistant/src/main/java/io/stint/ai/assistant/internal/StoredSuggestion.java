package io.stint.ai.assistant.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** A stored block suggestion: pending until a person accepts or rejects it, or applied at once. */
record StoredSuggestion(long id, long userId, long blockId, Instant blockStart, long profileId, String confidence,
        String reason, String status, Instant createdAt, Instant decidedAt) {

    static final String PENDING = "pending";
    static final String ACCEPTED = "accepted";
    static final String REJECTED = "rejected";
    static final String APPLIED = "applied";

    Map<String, Object> wire(ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("block_id", blockId);
        m.put("block_start", AiJson.local(blockStart, zone));
        m.put("profile_id", profileId);
        m.put("confidence", confidence);
        m.put("reason", reason);
        m.put("status", status);
        m.put("created_at", AiJson.local(createdAt, zone));
        m.put("decided_at", AiJson.local(decidedAt, zone));
        return m;
    }
}
