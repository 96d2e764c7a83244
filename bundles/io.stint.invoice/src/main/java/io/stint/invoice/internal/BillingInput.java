package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.Input;

/** The bodies of {@code POST /invoices/from-time-entries}, {@code /from-blocks} and {@code /{id}/generate-from-time}. */
final class BillingInput {

    /** Most entries one call bills. */
    static final int MAX_ENTRIES = 3000;

    private static final Set<String> TIME = Set.of("time_entry_ids", "start_date", "end_date", "group_by",
            "hourly_rate", "include_expenses");
    private static final Set<String> FROM_TIME = InvoiceInput.union(InvoiceInput.HEADER, TIME);
    private static final Set<String> FROM_BLOCKS = InvoiceInput.union(InvoiceInput.HEADER,
            Set.of("start_date", "end_date", "profile_ids", "user_id", "include_expenses"));
    private static final Set<String> GENERATE = Set.of("start_date", "end_date", "group_by", "hourly_rate",
            "include_expenses");

    /** A header and the time it bills. */
    record FromTime(Header header, TimeRequest time) {
    }

    /** A header and the blocks it bills. */
    record FromBlocks(Header header, BlockRequest blocks) {
    }

    private BillingInput() {
    }

    static FromTime fromTime(JsonNode body) {
        Input in = Input.of(body, FROM_TIME);
        Header header = InvoiceInput.header(in);
        TimeRequest time = time(in, true);
        if (time.entryIds() == null && header.clientId() == null && header.projectId() == null
                && !in.failed("time_entry_ids") && !in.failed("client_id") && !in.failed("project_id")) {
            in.error("time_entry_ids", "Give time_entry_ids, or client_id or project_id to bill their unbilled time.");
        }
        in.validate();
        return new FromTime(header, time);
    }

    static TimeRequest generate(JsonNode body) {
        Input in = Input.of(body, GENERATE);
        TimeRequest time = time(in, false);
        in.validate();
        return time;
    }

    static FromBlocks fromBlocks(JsonNode body) {
        Input in = Input.of(body, FROM_BLOCKS);
        in.require("start_date").require("end_date");
        Header header = InvoiceInput.header(in);
        LocalDate start = Fields.date(in, "start_date");
        LocalDate end = range(in, start);
        var profiles = Fields.ids(in, "profile_ids", 100);
        if (profiles == null && header.clientId() == null && !in.failed("profile_ids") && !in.failed("client_id")) {
            in.error("profile_ids", "Give profile_ids or client_id.");
        }
        Long user = Fields.id(in, "user_id");
        Boolean expenses = in.bool("include_expenses");
        in.validate();
        return new FromBlocks(header, new BlockRequest(start, end, profiles, user, Boolean.TRUE.equals(expenses)));
    }

    private static TimeRequest time(Input in, boolean ids) {
        var entryIds = ids ? Fields.ids(in, "time_entry_ids", MAX_ENTRIES) : null;
        LocalDate start = Fields.date(in, "start_date");
        LocalDate end = range(in, start);
        String group = in.choice("group_by", new HashSet<>(TimeRequest.GROUPS));
        BigDecimal rate = in.decimal("hourly_rate");
        if (rate != null && rate.signum() < 0) {
            in.error("hourly_rate", "Must be greater than or equal to 0.");
        }
        Boolean expenses = in.bool("include_expenses");
        return new TimeRequest(entryIds, start, end, group == null ? "entry" : group, rate,
                Boolean.TRUE.equals(expenses));
    }

    private static LocalDate range(Input in, LocalDate start) {
        LocalDate end = Fields.date(in, "end_date");
        if (start != null && end != null && end.isBefore(start)) {
            in.error("end_date", "Must not be before the start date.");
        }
        return end;
    }
}
