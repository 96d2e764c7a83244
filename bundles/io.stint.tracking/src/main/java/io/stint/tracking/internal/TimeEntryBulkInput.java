package io.stint.tracking.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;

/** The body of {@code POST /time-entries/bulk}: {@code {entry_ids: [...], action, value}}. */
record TimeEntryBulkInput(List<Long> ids, String action, Object value) {

    private static final int MAX_IDS = 1000;

    static TimeEntryBulkInput of(JsonNode body) {
        Input in = Input.of(body, Set.of("entry_ids", "action", "value"));
        JsonNode idsNode = in.node("entry_ids");
        List<Long> ids = new ArrayList<>();
        if (idsNode == null || !idsNode.isArray() || idsNode.isEmpty() || idsNode.size() > MAX_IDS) {
            in.error("entry_ids", "Must be a non-empty list of at most " + MAX_IDS + " integer ids.");
        } else {
            for (JsonNode id : idsNode) {
                if (id.isIntegralNumber() && id.canConvertToLong()) {
                    ids.add(id.asLong());
                } else if (id.isTextual() && id.asText().matches("\\d{1,18}")) {
                    ids.add(Long.parseLong(id.asText()));
                } else {
                    in.error("entry_ids", "All entry ids must be integers.");
                    break;
                }
            }
        }
        in.require("action");
        String action = in.string("action", 50);
        JsonNode v = in.node("value");
        Object value = v == null || v.isNull() ? null : v.isBoolean() ? (Object) v.asBoolean() : v.isTextual() ? v.asText() : v;
        in.validate();
        if (value instanceof JsonNode) {
            throw ApiException.invalidField("value", "Must be a boolean or a string.");
        }
        return new TimeEntryBulkInput(ids, action, value);
    }
}
