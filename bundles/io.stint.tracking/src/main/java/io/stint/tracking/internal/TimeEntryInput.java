package io.stint.tracking.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.Input;
import io.stint.security.api.Caller;
import io.stint.tracking.api.TimeEntryChanges;
import io.stint.tracking.api.TimeEntryDraft;

/** Request bodies of {@code /time-entries}, read with TimeTracker's field errors. */
final class TimeEntryInput {

    static final Set<String> CREATE_FIELDS = Set.of("project_id", "client_id", "task_id", "start_time", "end_time",
            "break_seconds", "notes", "tags", "billable", "paid", "invoice_number", "user_id");
    static final Set<String> UPDATE_FIELDS = Set.of("project_id", "client_id", "task_id", "start_time", "end_time",
            "break_seconds", "notes", "tags", "billable", "paid", "invoice_number", "if_updated_at", "reason");

    private static final int MAX_NOTES = 4000;
    private static final String BAD_TIME = "Not a valid datetime.";

    private TimeEntryInput() {
    }

    static TimeEntryDraft draft(JsonNode body, Caller caller) {
        Input in = Input.of(body, CREATE_FIELDS);
        ZoneId zone = caller.zone();
        in.require("start_time").require("end_time");
        Long project = in.integer("project_id");
        Long client = in.integer("client_id");
        Long task = in.integer("task_id");
        Instant start = in.parsed("start_time", s -> WireTimes.parse(s, zone), BAD_TIME);
        Instant end = in.parsed("end_time", s -> WireTimes.parse(s, zone), BAD_TIME);
        Long breaks = in.integer("break_seconds");
        String notes = in.string("notes", MAX_NOTES);
        String tags = tags(in);
        Boolean billable = in.bool("billable");
        Boolean paid = in.bool("paid");
        String invoice = in.string("invoice_number", 50);
        Long user = in.integer("user_id");
        if (project == null && client == null && !in.failed("project_id") && !in.failed("client_id")) {
            in.error("project_id", "Either project_id or client_id is required.");
        }
        in.validate();
        return new TimeEntryDraft(caller.userOrSelf(user), project, client, task, start, end,
                breaks == null ? 0 : breaks, notes, tags, billable == null || billable, paid != null && paid, invoice);
    }

    static TimeEntryChanges changes(JsonNode body, Caller caller) {
        Input in = Input.of(body, UPDATE_FIELDS);
        ZoneId zone = caller.zone();
        Optional<Long> project = in.has("project_id") ? Optional.ofNullable(in.integer("project_id")) : null;
        Optional<Long> client = in.has("client_id") ? Optional.ofNullable(in.integer("client_id")) : null;
        Optional<Long> task = in.has("task_id") ? Optional.ofNullable(in.integer("task_id")) : null;
        Instant start = in.parsed("start_time", s -> WireTimes.parse(s, zone), BAD_TIME);
        Instant end = in.parsed("end_time", s -> WireTimes.parse(s, zone), BAD_TIME);
        Long breaks = in.integer("break_seconds");
        Optional<String> notes = in.has("notes") ? Optional.ofNullable(in.string("notes", MAX_NOTES)) : null;
        Optional<String> tags = in.has("tags") ? Optional.ofNullable(tags(in)) : null;
        Boolean billable = in.bool("billable");
        Boolean paid = in.bool("paid");
        Optional<String> invoice = in.has("invoice_number") ? Optional.ofNullable(in.string("invoice_number", 50)) : null;
        Instant ifUpdatedAt = in.parsed("if_updated_at", s -> WireTimes.parse(s, zone), BAD_TIME);
        in.string("reason", 500);
        in.validate();
        return new TimeEntryChanges(project, client, task, start, end, breaks, notes, tags, billable, paid, invoice,
                ifUpdatedAt);
    }

    /** Tags as a string or a list, stored comma-separated. */
    private static String tags(Input in) {
        List<String> list = in.strings("tags", 50);
        if (list == null || list.isEmpty()) {
            return null;
        }
        String joined = String.join(", ", list);
        if (joined.length() > 500) {
            in.error("tags", "Longer than maximum length 500.");
            return null;
        }
        return joined;
    }
}
