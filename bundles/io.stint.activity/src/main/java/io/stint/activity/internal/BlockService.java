package io.stint.activity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.stint.activity.api.ProfileDirectory;
import io.stint.activity.api.ProfileSummary;
import io.stint.rest.api.ApiException;
import io.stint.store.api.Transactions;

/**
 * A user's blocks: listing (after segmenting what is new), and a person's changes — assignment,
 * lock, notes, billable, description — each recorded in {@code ACTIVITY_BLOCK_AUDIT}.
 */
@Component(service = BlockService.class)
public final class BlockService {

    static final Set<String> CONFIDENCES = Set.of("HIGH", "MEDIUM", "LOW");

    private final Transactions tx;
    private final Segmentation segmentation;
    private volatile ProfileDirectory profiles;

    @Activate
    public BlockService(@Reference Transactions tx, @Reference Segmentation segmentation) {
        this.tx = tx;
        this.segmentation = segmentation;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setProfiles(ProfileDirectory directory) {
        profiles = directory;
    }

    void unsetProfiles(ProfileDirectory directory) {
        if (profiles == directory) {
            profiles = null;
        }
    }

    /** The profile as the user may use it, when a billing module is there to say. */
    Optional<ProfileSummary> profile(long userId, long profileId) {
        ProfileDirectory directory = profiles;
        return directory == null ? Optional.empty() : directory.find(userId, profileId);
    }

    /** One page of blocks and how many match in all. */
    record Page(List<Block> blocks, long total) {
    }

    Page list(BlockQuery q) {
        segmentation.rollup(q.userId());
        return tx.call(c -> {
            StringBuilder where = new StringBuilder(" FROM ACTIVITY_BLOCKS WHERE USER_ID = ? AND START_MS < ? AND END_MS > ?");
            if (q.profileId() != null) {
                where.append(" AND PROFILE_ID = ?");
            }
            if (q.unassigned()) {
                where.append(" AND PROFILE_ID IS NULL");
            }
            if (q.needsReview()) {
                where.append(" AND (PROFILE_ID IS NULL OR CONFIDENCE = 'LOW')");
            }
            List<Block> blocks = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Block.COLUMNS + where
                    + " ORDER BY USER_ID, START_MS LIMIT ?")) {
                int next = bind(ps, q);
                ps.setInt(next, q.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        blocks.add(read(rs));
                    }
                }
            }
            long total;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + where)) {
                bind(ps, q);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            return new Page(blocks, total);
        });
    }

    /** Segments the user's events again from {@code fromMs} on; answers how many blocks they have from there. */
    long resegment(long userId, long fromMs) {
        segmentation.rebuild(userId, fromMs);
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ACTIVITY_BLOCKS WHERE USER_ID = ? AND END_MS > ?")) {
                ps.setLong(1, userId);
                ps.setLong(2, fromMs);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** The user's block, or 404. */
    Block get(long userId, long id) {
        segmentation.rollup(userId);
        return tx.call(c -> find(c, userId, id)).orElseThrow(() -> ApiException.notFound("Block"));
    }

    /** Assigns the block to a profile (or none) as a person: rules never change it afterwards. */
    Block reassign(long userId, long actorId, long id, Long profileId, String confidence) {
        if (confidence != null && !CONFIDENCES.contains(confidence)) {
            throw ApiException.invalidField("confidence", "confidence must be HIGH, MEDIUM, or LOW");
        }
        if (profileId != null) {
            ProfileSummary p = profile(userId, profileId)
                    .orElseThrow(() -> ApiException.invalidField("profile_id", "Unknown profile."));
            if (!p.active()) {
                throw ApiException.invalidField("profile_id", "The profile was deleted.");
            }
        }
        String level = confidence != null ? confidence : profileId == null ? "LOW" : "HIGH";
        return change(userId, actorId, id, "reassign",
                "PROFILE_ID = ?, CONFIDENCE = ?, ASSIGNED_BY = ?", ps -> {
                    if (profileId == null) {
                        ps.setNull(1, Types.BIGINT);
                    } else {
                        ps.setLong(1, profileId);
                    }
                    ps.setString(2, level);
                    ps.setString(3, "USER");
                    return 4;
                });
    }

    /** Locks or unlocks the block. */
    Block lock(long userId, long actorId, long id, boolean locked) {
        return change(userId, actorId, id, locked ? "lock" : "unlock", "LOCKED = ?", ps -> {
            ps.setBoolean(1, locked);
            return 2;
        });
    }

    /** Changes notes, billable and description: a null map value clears a text, an absent key keeps it. */
    Block edit(long userId, long actorId, long id, Map<String, Object> fields) {
        if (fields.isEmpty()) {
            throw ApiException.badRequest("validation_error", "No fields to update");
        }
        List<String> sets = new ArrayList<>();
        for (String field : List.of("notes", "billable", "description")) {
            if (fields.containsKey(field)) {
                sets.add(field.toUpperCase(java.util.Locale.ROOT) + " = ?");
            }
        }
        return change(userId, actorId, id, "edit", String.join(", ", sets), ps -> {
            int i = 1;
            for (String field : List.of("notes", "billable", "description")) {
                if (!fields.containsKey(field)) {
                    continue;
                }
                Object value = fields.get(field);
                if (value instanceof Boolean b) {
                    ps.setBoolean(i++, b);
                } else if (value == null) {
                    ps.setNull(i++, Types.VARCHAR);
                } else {
                    ps.setString(i++, value.toString());
                }
            }
            return i;
        });
    }

    /** The block's audit log, oldest first. */
    List<Map<String, Object>> audit(long userId, long id) {
        return tx.call(c -> {
            find(c, userId, id).orElseThrow(() -> ApiException.notFound("Block"));
            return BlockAudit.list(c, id);
        });
    }

    @FunctionalInterface
    private interface Binder {
        int bind(PreparedStatement ps) throws SQLException;
    }

    private Block change(long userId, long actorId, long id, String action, String sets, Binder binder) {
        return tx.call(c -> {
            Block before = find(c, userId, id).orElseThrow(() -> ApiException.notFound("Block"));
            try (PreparedStatement ps = c.prepareStatement("UPDATE ACTIVITY_BLOCKS SET " + sets + ", UPDATED_AT = ? WHERE ID = ?")) {
                int next = binder.bind(ps);
                ps.setTimestamp(next, StoredTimes.now());
                ps.setLong(next + 1, id);
                ps.executeUpdate();
            }
            Block after = find(c, userId, id).orElseThrow();
            BlockAudit.record(c, before, after, actorId, action);
            return after;
        });
    }

    private static int bind(PreparedStatement ps, BlockQuery q) throws SQLException {
        ps.setLong(1, q.userId());
        ps.setLong(2, q.toMs());
        ps.setLong(3, q.fromMs());
        int next = 4;
        if (q.profileId() != null) {
            ps.setLong(next++, q.profileId());
        }
        return next;
    }

    private static Optional<Block> find(Connection c, long userId, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Block.COLUMNS + " FROM ACTIVITY_BLOCKS WHERE ID = ? AND USER_ID = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Block read(ResultSet rs) throws SQLException {
        long profile = rs.getLong(9);
        Long profileId = rs.wasNull() ? null : profile;
        return new Block(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), rs.getString(8), profileId, rs.getString(10), rs.getString(11), rs.getBoolean(12),
                rs.getBoolean(13), rs.getString(14), rs.getString(15),
                StoredTimes.instant(rs.getTimestamp(16)), StoredTimes.instant(rs.getTimestamp(17)));
    }
}
