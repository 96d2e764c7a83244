package io.stint.activity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The audit log of people's changes to blocks: who, when, what, before and after. */
final class BlockAudit {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BlockAudit() {
    }

    /** Records a person's change of {@code before} (null: the block is new) into {@code after}. */
    static void record(Connection c, Block before, Block after, long actorId, String action) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACTIVITY_BLOCK_AUDIT (BLOCK_ID, OWNER_ID, ACTOR_ID, "
                + "ACTION, CHANGED_AT, BEFORE_STATE, AFTER_STATE) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, after.id());
            ps.setLong(2, after.userId());
            ps.setLong(3, actorId);
            ps.setString(4, action);
            ps.setTimestamp(5, StoredTimes.now());
            if (before == null) {
                ps.setNull(6, java.sql.Types.VARCHAR);
            } else {
                ps.setString(6, json(before.editable()));
            }
            ps.setString(7, json(after.editable()));
            ps.executeUpdate();
        }
    }

    /** The entries of one block, oldest first: {@code id, action, actor_id, at (an instant), before, after}. */
    static List<Map<String, Object>> list(Connection c, long blockId) throws SQLException {
        List<Map<String, Object>> entries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, ACTION, ACTOR_ID, CHANGED_AT, BEFORE_STATE, AFTER_STATE "
                + "FROM ACTIVITY_BLOCK_AUDIT WHERE BLOCK_ID = ? ORDER BY BLOCK_ID, ID")) {
            ps.setLong(1, blockId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("id", rs.getLong(1));
                    entry.put("action", rs.getString(2));
                    entry.put("actor_id", rs.getLong(3));
                    entry.put("at", StoredTimes.instant(rs.getTimestamp(4)));
                    entry.put("before", parse(rs.getString(5)));
                    entry.put("after", parse(rs.getString(6)));
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object parse(String json) {
        try {
            return json == null ? null : JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
