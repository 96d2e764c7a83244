package io.stint.activity.internal;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
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

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockFilter;
import io.stint.activity.api.BlockPage;
import io.stint.activity.api.Blocks;
import io.stint.activity.api.ManualBlock;
import io.stint.activity.api.ProfileDirectory;
import io.stint.activity.api.ProfileSummary;
import io.stint.rest.api.ApiException;
import io.stint.store.api.Transactions;

/**
 * A user's blocks: listing (after segmenting what is new), and a person's changes — assignment,
 * lock, notes, billable, description — each recorded in {@code ACTIVITY_BLOCK_AUDIT}.
 */
@Component(service = {BlockService.class, Blocks.class})
public final class BlockService implements Blocks {

    static final Set<String> CONFIDENCES = Set.of("HIGH", "MEDIUM", "LOW");
    private static final Duration MAX_MANUAL = Duration.ofHours(24);

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

    /** The name of a service a rule put on a block, when a billing module is there to say. */
    Optional<String> serviceName(long serviceId) {
        ProfileDirectory directory = profiles;
        return directory == null ? Optional.empty() : directory.serviceName(serviceId);
    }

    @Override
    public BlockPage list(BlockFilter f) {
        if (f.limit() < 1 || f.limit() > 1000) {
            throw ApiException.invalidField("limit", "Must be between 1 and 1000.");
        }
        if (!f.to().isAfter(f.from())) {
            throw ApiException.invalidField("end_date", "Must not be before the start date.");
        }
        return list(new BlockQuery(f.userId(), f.from().toEpochMilli(), f.to().toEpochMilli(), f.profileId(),
                f.unassigned(), f.needsReview(), f.limit()));
    }

    BlockPage list(BlockQuery q) {
        segmentation.rollup(q.userId());
        return tx.call(c -> {
            StringBuilder where = new StringBuilder(Block.FROM + " WHERE b.USER_ID = ? AND b.START_MS < ? AND b.END_MS > ?");
            if (q.profileId() != null) {
                where.append(" AND ").append(Block.PROFILE).append(" = ?");
            }
            if (q.unassigned()) {
                where.append(" AND ").append(Block.PROFILE).append(" IS NULL");
            }
            if (q.needsReview()) {
                where.append(" AND (").append(Block.PROFILE).append(" IS NULL OR ").append(Block.CONFIDENCE).append(" = 'LOW')");
            }
            List<ActivityBlock> blocks = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Block.COLUMNS + where
                    + " ORDER BY b.USER_ID, b.START_MS LIMIT ?")) {
                int next = bind(ps, q);
                ps.setInt(next, q.limit());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        blocks.add(read(rs).view());
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
            return new BlockPage(blocks, total);
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

    @Override
    public Optional<ActivityBlock> find(long userId, long id) {
        segmentation.rollup(userId);
        return tx.call(c -> find(c, userId, id)).map(Block::view);
    }

    /** The user's block, or 404. */
    ActivityBlock get(long userId, long id) {
        return find(userId, id).orElseThrow(() -> ApiException.notFound("Block"));
    }

    @Override
    public ActivityBlock reassign(long userId, long actorId, long id, Long profileId, String confidence) {
        if (confidence != null && !CONFIDENCES.contains(confidence)) {
            throw ApiException.invalidField("confidence", "confidence must be HIGH, MEDIUM, or LOW");
        }
        checkProfile(userId, profileId);
        RuleAssignment person = new RuleAssignment(profileId, null, null,
                confidence != null ? confidence : profileId == null ? "LOW" : "HIGH", "USER");
        return change(userId, actorId, id, "reassign", RuleAssignment.SET_COLUMNS, (ps, before) -> person.bind(ps, 1));
    }

    private void checkProfile(long userId, Long profileId) {
        if (profileId != null) {
            ProfileSummary p = profile(userId, profileId)
                    .orElseThrow(() -> ApiException.invalidField("profile_id", "Unknown profile."));
            if (!p.active()) {
                throw ApiException.invalidField("profile_id", "The profile was deleted.");
            }
        }
    }

    @Override
    public ActivityBlock addManual(long userId, long actorId, ManualBlock m) {
        if (m.start() == null || m.end() == null) {
            throw ApiException.invalidField(m.start() == null ? "ts_start" : "ts_end", "Missing data for required field.");
        }
        if (!m.end().isAfter(m.start())) {
            throw ApiException.invalidField("ts_end", "Must be after ts_start.");
        }
        if (Duration.between(m.start(), m.end()).compareTo(MAX_MANUAL) > 0) {
            throw ApiException.invalidField("ts_end", "A manual block lasts at most 24 hours.");
        }
        checkProfile(userId, m.profileId());
        long id = tx.call(c -> {
            Timestamp now = StoredTimes.now();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACTIVITY_BLOCKS (USER_ID, START_MS, END_MS, "
                    + "ACTIVE_MS, HARD_START, PRIMARY_TITLE, DESCRIPTION, BILLABLE, MANUAL, CREATED_AT, UPDATED_AT, "
                    + RuleAssignment.SET_COLUMNS.replace(" = ?", "") + ") VALUES (?, ?, ?, ?, FALSE, ?, ?, ?, TRUE, ?, ?, "
                    + "?, ?, ?, ?, ?)", new String[] {"ID"})) {
                ps.setLong(1, userId);
                ps.setLong(2, m.start().toEpochMilli());
                ps.setLong(3, m.end().toEpochMilli());
                ps.setLong(4, m.end().toEpochMilli() - m.start().toEpochMilli());
                ps.setString(5, clip(m.title()));
                ps.setString(6, clip(m.description()));
                ps.setBoolean(7, m.billable());
                ps.setTimestamp(8, now);
                ps.setTimestamp(9, now);
                new RuleAssignment(m.profileId(), null, null, m.profileId() == null ? "LOW" : "HIGH", "USER").bind(ps, 10);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    long made = keys.getLong(1);
                    Block after = find(c, userId, made).orElseThrow();
                    BlockAudit.record(c, null, after, actorId, "manual");
                    return made;
                }
            }
        });
        return get(userId, id);
    }

    @Override
    public List<ActivityBlock> scan(Long userId, long fromMs, long toMs, long afterId, int limit) {
        return tx.call(c -> {
            List<ActivityBlock> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Block.COLUMNS + Block.FROM + " WHERE b.ID > ? "
                    + "AND b.START_MS < ? AND b.END_MS > ?" + (userId == null ? "" : " AND b.USER_ID = ?") + " ORDER BY b.ID LIMIT ?")) {
                ps.setLong(1, afterId);
                ps.setLong(2, toMs);
                ps.setLong(3, fromMs);
                int next = 4;
                if (userId != null) {
                    ps.setLong(next++, userId);
                }
                ps.setInt(next, Math.max(1, Math.min(limit, 10_000)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs).view());
                    }
                }
            }
            return found;
        });
    }

    @Override
    public List<ActivityBlock> scanByStart(long userId, long fromMs, long toMs, long afterStartMs, long afterId, int limit) {
        // The lower bound starts at the cursor so the (USER_ID, START_MS) index range begins there.
        long lower = Math.max(fromMs, afterStartMs);
        return tx.call(c -> {
            List<ActivityBlock> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Block.COLUMNS + Block.FROM + " WHERE b.USER_ID = ? "
                    + "AND b.START_MS >= ? AND b.START_MS < ? AND (b.START_MS > ? OR b.ID > ?) ORDER BY b.USER_ID, b.START_MS, b.ID LIMIT ?")) {
                ps.setLong(1, userId);
                ps.setLong(2, lower);
                ps.setLong(3, toMs);
                ps.setLong(4, afterStartMs);
                ps.setLong(5, afterId);
                ps.setInt(6, Math.max(1, Math.min(limit, 10_000)));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(read(rs).view());
                    }
                }
            }
            return found;
        });
    }

    private static String clip(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 4000);
    }

    @Override
    public ActivityBlock lock(long userId, long actorId, long id, boolean locked) {
        if (!locked) {
            return change(userId, actorId, id, "unlock", "LOCKED = ?", (ps, before) -> {
                ps.setBoolean(1, false);
                return 2;
            });
        }
        // locking freezes the assignment the block shows, which may be its fact's: keep it as the block's own
        return change(userId, actorId, id, "lock", "LOCKED = ?, " + RuleAssignment.SET_COLUMNS, (ps, before) -> {
            ps.setBoolean(1, true);
            return new RuleAssignment(before.profileId(), before.serviceId(), before.ruleId(), before.confidence(),
                    before.assignedBy()).bind(ps, 2);
        });
    }

    @Override
    public ActivityBlock edit(long userId, long actorId, long id, Map<String, Object> fields) {
        if (fields.isEmpty()) {
            throw ApiException.badRequest("validation_error", "No fields to update");
        }
        List<String> sets = new ArrayList<>();
        for (String field : List.of("notes", "billable", "description")) {
            if (fields.containsKey(field)) {
                sets.add(field.toUpperCase(java.util.Locale.ROOT) + " = ?");
            }
        }
        return change(userId, actorId, id, "edit", String.join(", ", sets), (ps, before) -> {
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
        /** Binds the SET columns given the block as it was; answers the next index. */
        int bind(PreparedStatement ps, Block before) throws SQLException;
    }

    private ActivityBlock change(long userId, long actorId, long id, String action, String sets, Binder binder) {
        return tx.call(c -> {
            Block before = find(c, userId, id).orElseThrow(() -> ApiException.notFound("Block"));
            try (PreparedStatement ps = c.prepareStatement("UPDATE ACTIVITY_BLOCKS SET " + sets + ", UPDATED_AT = ? WHERE ID = ?")) {
                int next = binder.bind(ps, before);
                ps.setTimestamp(next, StoredTimes.now());
                ps.setLong(next + 1, id);
                ps.executeUpdate();
            }
            Block after = find(c, userId, id).orElseThrow();
            BlockAudit.record(c, before, after, actorId, action);
            return after.view();
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
        try (PreparedStatement ps = c.prepareStatement("SELECT " + Block.COLUMNS + Block.FROM + " WHERE b.ID = ? AND b.USER_ID = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    static Block read(ResultSet rs) throws SQLException {
        return new Block(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6),
                rs.getString(7), rs.getString(8), nullable(rs, 9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                rs.getBoolean(13), rs.getString(14), rs.getString(15),
                StoredTimes.instant(rs, 16), StoredTimes.instant(rs, 17), nullable(rs, 18),
                nullable(rs, 19), rs.getBoolean(20));
    }

    private static Long nullable(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }
}
