package io.stint.activity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.stint.activity.api.BlockClassifier;
import io.stint.activity.api.BlockFacts;

import io.stint.activity.internal.segment.SegBlock;

/**
 * Writes a re-segmented stretch of a user's blocks: each new block takes over the id (and with it a
 * person's assignment, lock, notes and edits) of the old block it overlaps most; unchanged blocks are
 * not touched, old blocks nothing took over are removed.
 */
final class BlockWriter {

    /** An old block's span and segmentation, as stored. */
    private record Old(long id, long start, long end, long active, boolean hardStart, String app, String title,
            String domain) {

        boolean same(SegBlock b) {
            return start == b.startMs() && end == b.endMs() && active == b.activeMs() && hardStart == b.hardStart()
                    && Objects.equals(app, b.primaryApp()) && Objects.equals(title, b.primaryTitle())
                    && Objects.equals(domain, b.primaryDomain());
        }
    }

    private BlockWriter() {
    }

    /**
     * Replaces the user's blocks from {@code fromMs} on with {@code made}. Each block points at the
     * fact of what it shows; {@code classifier} (may be null) classifies the facts seen for the first
     * time, so a new block is assigned as it is made.
     */
    static void replace(Connection c, long userId, long fromMs, List<SegBlock> made, BlockClassifier classifier)
            throws SQLException {
        List<Old> old = load(c, userId, fromMs);
        boolean[] taken = new boolean[old.size()];
        Timestamp now = StoredTimes.now();
        int first = 0;
        for (SegBlock block : made) {
            while (first < old.size() && old.get(first).end() < block.startMs()) {
                first++;
            }
            int best = -1;
            long bestOverlap = -1;
            for (int i = first; i < old.size() && old.get(i).start() <= block.endMs(); i++) {
                if (taken[i]) {
                    continue;
                }
                long overlap = Math.min(old.get(i).end(), block.endMs()) - Math.max(old.get(i).start(), block.startMs());
                if (overlap > bestOverlap) {
                    best = i;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                taken[best] = true;
                Old was = old.get(best);
                if (!was.same(block)) {
                    update(c, was.id(), block, ActivityFacts.idFor(c, userId, facts(block), classifier), now);
                }
            } else {
                insert(c, userId, block, ActivityFacts.idFor(c, userId, facts(block), classifier), now);
            }
        }
        for (int i = 0; i < old.size(); i++) {
            if (!taken[i]) {
                delete(c, old.get(i).id());
            }
        }
    }

    private static List<Old> load(Connection c, long userId, long fromMs) throws SQLException {
        List<Old> old = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, START_MS, END_MS, ACTIVE_MS, HARD_START, PRIMARY_APP, "
                + "PRIMARY_TITLE, PRIMARY_DOMAIN FROM ACTIVITY_BLOCKS WHERE USER_ID = ? AND START_MS >= ? AND NOT MANUAL ORDER BY USER_ID, START_MS")) {
            ps.setLong(1, userId);
            ps.setLong(2, fromMs);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    old.add(new Old(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getBoolean(5),
                            rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return old;
    }

    private static void update(Connection c, long id, SegBlock b, long factId, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE ACTIVITY_BLOCKS SET START_MS = ?, END_MS = ?, ACTIVE_MS = ?, "
                + "HARD_START = ?, PRIMARY_APP = ?, PRIMARY_TITLE = ?, PRIMARY_DOMAIN = ?, UPDATED_AT = ?, FACT_ID = ? "
                + "WHERE ID = ?")) {
            bind(ps, b);
            ps.setTimestamp(8, now);
            ps.setLong(9, factId);
            ps.setLong(10, id);
            ps.executeUpdate();
        }
    }

    private static void insert(Connection c, long userId, SegBlock b, long factId, Timestamp now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACTIVITY_BLOCKS (START_MS, END_MS, ACTIVE_MS, HARD_START, "
                + "PRIMARY_APP, PRIMARY_TITLE, PRIMARY_DOMAIN, CREATED_AT, UPDATED_AT, USER_ID, FACT_ID) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, b);
            ps.setTimestamp(8, now);
            ps.setTimestamp(9, now);
            ps.setLong(10, userId);
            ps.setLong(11, factId);
            ps.executeUpdate();
        }
    }

    /** What a block shows, as stored (clipped as the block's columns are). */
    static BlockFacts facts(SegBlock b) {
        return new BlockFacts(clip(b.primaryApp(), 1000), clip(b.primaryTitle(), ActivityRecorder.MAX_TEXT), null,
                clip(b.primaryDomain(), 1000));
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static void delete(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ACTIVITY_BLOCKS WHERE ID = ?")) {
            ps.setLong(1, id);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, SegBlock b) throws SQLException {
        ps.setLong(1, b.startMs());
        ps.setLong(2, b.endMs());
        ps.setLong(3, b.activeMs());
        ps.setBoolean(4, b.hardStart());
        text(ps, 5, b.primaryApp(), 1000);
        text(ps, 6, b.primaryTitle(), ActivityRecorder.MAX_TEXT);
        text(ps, 7, b.primaryDomain(), 1000);
    }

    private static void text(PreparedStatement ps, int index, String value, int max) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, value.length() <= max ? value : value.substring(0, max));
        }
    }
}
