package io.stint.ai.assistant.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.stint.store.api.Transactions;

/** The SQL of AI_BLOCK_SUGGESTIONS; at most one pending suggestion per block. */
final class SuggestionStore {

    private static final String COLUMNS = "ID, USER_ID, BLOCK_ID, BLOCK_START, PROFILE_ID, CONFIDENCE, REASON, STATUS, "
            + "CREATED_AT, DECIDED_AT";

    private final Transactions tx;

    SuggestionStore(Transactions tx) {
        this.tx = tx;
    }

    /** Stores a pending suggestion, replacing the block's pending one. */
    StoredSuggestion replacePending(long userId, long blockId, Instant blockStart, long profileId, String confidence,
            String reason, Instant now) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM AI_BLOCK_SUGGESTIONS WHERE USER_ID = ? AND BLOCK_ID = ? AND STATUS = 'pending'")) {
                ps.setLong(1, userId);
                ps.setLong(2, blockId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO AI_BLOCK_SUGGESTIONS (USER_ID, BLOCK_ID, "
                    + "BLOCK_START, PROFILE_ID, CONFIDENCE, REASON, STATUS, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?, "
                    + "'pending', ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, userId);
                ps.setLong(2, blockId);
                ps.setObject(3, utc(blockStart));
                ps.setLong(4, profileId);
                ps.setString(5, confidence);
                ps.setString(6, reason);
                ps.setObject(7, utc(now));
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return find(c, userId, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    /** Moves a pending suggestion to {@code status}; false when it was no longer pending. */
    boolean decide(long userId, long id, String status, Instant now) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE AI_BLOCK_SUGGESTIONS SET STATUS = ?, DECIDED_AT = ? "
                    + "WHERE ID = ? AND USER_ID = ? AND STATUS = 'pending'")) {
                ps.setString(1, status);
                ps.setObject(2, utc(now));
                ps.setLong(3, id);
                ps.setLong(4, userId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    Optional<StoredSuggestion> find(long userId, long id) {
        return tx.call(c -> find(c, userId, id));
    }

    /** The user's suggestions for blocks starting in [from, to) (any when null), with {@code status} (any when null). */
    List<StoredSuggestion> list(long userId, Instant from, Instant to, String status, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM AI_BLOCK_SUGGESTIONS WHERE USER_ID = ?");
        if (from != null) {
            sql.append(" AND BLOCK_START >= ? AND BLOCK_START < ?");
        }
        if (status != null) {
            sql.append(" AND STATUS = ?");
        }
        sql.append(" ORDER BY BLOCK_START, ID LIMIT ?");
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                int i = 1;
                ps.setLong(i++, userId);
                if (from != null) {
                    ps.setObject(i++, utc(from));
                    ps.setObject(i++, utc(to));
                }
                if (status != null) {
                    ps.setString(i++, status);
                }
                ps.setInt(i, limit);
                return read(ps);
            }
        });
    }

    /** The pending suggestions of the user's blocks among {@code blockIds}. */
    List<StoredSuggestion> pending(long userId, Collection<Long> blockIds) {
        if (blockIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(blockIds.size(), "?"));
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM AI_BLOCK_SUGGESTIONS WHERE "
                    + "USER_ID = ? AND STATUS = 'pending' AND BLOCK_ID IN (" + marks + ")")) {
                int i = 1;
                ps.setLong(i++, userId);
                for (Long id : blockIds) {
                    ps.setLong(i++, id);
                }
                return read(ps);
            }
        });
    }

    private static Optional<StoredSuggestion> find(Connection c, long userId, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM AI_BLOCK_SUGGESTIONS WHERE ID = ? AND USER_ID = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, userId);
            return read(ps).stream().findFirst();
        }
    }

    private static List<StoredSuggestion> read(PreparedStatement ps) throws SQLException {
        List<StoredSuggestion> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new StoredSuggestion(rs.getLong(1), rs.getLong(2), rs.getLong(3), instant(rs, 4), rs.getLong(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), instant(rs, 9), instant(rs, 10)));
            }
        }
        return list;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
