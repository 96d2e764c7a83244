package io.stint.tracking.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.stint.rest.api.ApiException;
import io.stint.tracking.api.TimeAccess;
import io.stint.tracking.api.TimeEntryService;

/** One bulk action over entries: delete, set_billable, set_paid, add_tag, remove_tag. Running timers are left alone. */
final class TimeEntryBulk {

    private final List<Long> ids;
    private final String action;
    private final Boolean flag;
    private final String tag;

    private TimeEntryBulk(List<Long> ids, String action, Boolean flag, String tag) {
        this.ids = ids;
        this.action = action;
        this.flag = flag;
        this.tag = tag;
    }

    /** Checks the request before any database work. */
    static TimeEntryBulk of(List<Long> ids, String action, Object value) {
        if (ids == null || ids.isEmpty()) {
            throw ApiException.invalidField("entry_ids", "Must be a non-empty list of integer ids.");
        }
        if (action == null || !TimeEntryService.BULK_ACTIONS.contains(action)) {
            throw ApiException.invalidField("action", "Must be one of: " + String.join(", ", TimeEntryService.BULK_ACTIONS) + ".");
        }
        Boolean flag = null;
        String tag = null;
        if (action.startsWith("set_")) {
            if (!(value instanceof Boolean b)) {
                throw ApiException.invalidField("value", "Must be true or false.");
            }
            flag = b;
        } else if (action.endsWith("_tag")) {
            if (!(value instanceof String s) || s.isBlank() || s.contains(",") || s.strip().length() > 50) {
                throw ApiException.invalidField("value", "A tag is required (up to 50 characters, no comma).");
            }
            tag = s.strip();
        }
        return new TimeEntryBulk(List.copyOf(ids), action, flag, tag);
    }

    int apply(Connection c, TimeAccess actor, Instant now) throws SQLException {
        List<Long> targets = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        boolean any = false;
        Array array = c.createArrayOf("BIGINT", ids.toArray());
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, USER_ID, END_AT, TAGS FROM TRACKING_TIME_ENTRIES "
                + "WHERE ID IN (UNNEST(?))")) {
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!actor.mayAccess(rs.getLong(2))) {
                        continue;
                    }
                    any = true;
                    if (rs.getObject(3) != null) {
                        targets.add(rs.getLong(1));
                        tags.add(rs.getString(4));
                    }
                }
            }
        }
        if (!any) {
            throw ApiException.notFound("Time entries");
        }
        if (targets.isEmpty()) {
            throw ApiException.badRequest("bad_request",
                    "No entries were updated; running timers cannot be changed with a bulk action");
        }
        try (PreparedStatement ps = c.prepareStatement(sql())) {
            for (int i = 0; i < targets.size(); i++) {
                bind(ps, targets.get(i), tags.get(i), now);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return targets.size();
    }

    private String sql() {
        return switch (action) {
            case "delete" -> "DELETE FROM TRACKING_TIME_ENTRIES WHERE ID = ?";
            case "set_billable" -> "UPDATE TRACKING_TIME_ENTRIES SET BILLABLE = ?, UPDATED_AT = ? WHERE ID = ?";
            // unpaid entries lose their invoice number, as marking one unpaid does
            case "set_paid" -> "UPDATE TRACKING_TIME_ENTRIES SET PAID = ?, UPDATED_AT = ?, "
                    + "INVOICE_NUMBER = CASE WHEN ? THEN INVOICE_NUMBER ELSE NULL END WHERE ID = ?";
            default -> "UPDATE TRACKING_TIME_ENTRIES SET TAGS = ?, UPDATED_AT = ? WHERE ID = ?";
        };
    }

    private void bind(PreparedStatement ps, long id, String tags, Instant now) throws SQLException {
        Object at = WireTimes.toDb(now.truncatedTo(ChronoUnit.MICROS));
        switch (action) {
            case "delete" -> ps.setLong(1, id);
            case "set_billable" -> {
                ps.setBoolean(1, flag);
                ps.setObject(2, at);
                ps.setLong(3, id);
            }
            case "set_paid" -> {
                ps.setBoolean(1, flag);
                ps.setObject(2, at);
                ps.setBoolean(3, flag);
                ps.setLong(4, id);
            }
            default -> {
                ps.setString(1, retag(tags));
                ps.setObject(2, at);
                ps.setLong(3, id);
            }
        }
    }

    /** The entry's tags with {@link #tag} added or removed, sorted, or null when none remain. */
    private String retag(String tags) {
        TreeSet<String> set = new TreeSet<>();
        if (tags != null) {
            for (String t : tags.split(",")) {
                if (!t.isBlank()) {
                    set.add(t.strip());
                }
            }
        }
        if ("add_tag".equals(action)) {
            set.add(tag);
        } else {
            set.remove(tag);
        }
        String joined = String.join(", ", set);
        if (joined.length() > 500) {
            throw ApiException.invalidField("value", "An entry's tags would exceed 500 characters.");
        }
        return joined.isEmpty() ? null : joined;
    }
}
