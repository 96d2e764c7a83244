package io.stint.activity.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.BlockClassifier;
import io.stint.activity.api.BlockFacts;
import io.stint.activity.api.Classification;
import io.stint.activity.api.Reclassification;
import io.stint.store.api.Transactions;

/**
 * Applies a classifier to stored blocks, by id in batches of {@value #BATCH}, each batch its own
 * transaction, so a run over millions of blocks holds no lock for long and a failure keeps what the
 * finished batches did. Rule assignments are not written to the audit log (it records people's
 * changes); a block shows the rule that assigned it.
 */
@Component(service = Reclassification.class)
public final class BlockReclassifier implements Reclassification {

    static final int BATCH = 20_000;

    private static final String CANDIDATES = " FROM ACTIVITY_BLOCKS WHERE START_MS < ? AND END_MS > ? AND NOT LOCKED "
            + "AND (ASSIGNED_BY IS NULL OR ASSIGNED_BY <> 'USER')";

    private final Transactions tx;

    @Activate
    public BlockReclassifier(@Reference Transactions tx) {
        this.tx = tx;
    }

    /** A candidate block: its id, owner, what it shows and its assignment now. */
    private record Candidate(long id, long userId, BlockFacts facts, RuleAssignment assignment) {
    }

    @Override
    public long count(Long userId, long fromMs, long toMs) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*)" + CANDIDATES + (userId == null ? "" : " AND USER_ID = ?"))) {
                ps.setLong(1, toMs);
                ps.setLong(2, fromMs);
                if (userId != null) {
                    ps.setLong(3, userId);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public Outcome apply(Long userId, long fromMs, long toMs, BlockClassifier classifier, LongConsumer progress) {
        long examined = 0;
        long changed = 0;
        long after = 0;
        while (true) {
            long from = after;
            long[] batch = tx.call(c -> {
                List<Candidate> candidates = load(c, userId, fromMs, toMs, from, BATCH);
                long writes = 0;
                try (PreparedStatement ps = c.prepareStatement("UPDATE ACTIVITY_BLOCKS SET " + RuleAssignment.SET_COLUMNS
                        + " WHERE ID = ?")) {
                    for (Candidate candidate : candidates) {
                        Optional<RuleAssignment> next = candidate.assignment().next(classifier, candidate.userId(), candidate.facts());
                        if (next.isPresent()) {
                            ps.setLong(next.get().bind(ps, 1), candidate.id());
                            ps.addBatch();
                            writes++;
                        }
                    }
                    if (writes > 0) {
                        ps.executeBatch();
                    }
                }
                long last = candidates.isEmpty() ? -1 : candidates.get(candidates.size() - 1).id();
                return new long[] {candidates.size(), writes, last};
            });
            examined += batch[0];
            changed += batch[1];
            if (progress != null) {
                progress.accept(examined);
            }
            if (batch[0] < BATCH) {
                return new Outcome(examined, changed);
            }
            after = batch[2];
        }
    }

    @Override
    public List<Change> preview(Long userId, long fromMs, long toMs, BlockClassifier classifier, int limit) {
        List<Change> changes = new ArrayList<>();
        long after = 0;
        while (changes.size() < limit) {
            long from = after;
            List<Candidate> candidates = tx.call(c -> load(c, userId, fromMs, toMs, from, BATCH));
            for (Candidate candidate : candidates) {
                Optional<RuleAssignment> next = candidate.assignment().next(classifier, candidate.userId(), candidate.facts());
                if (next.isPresent() && changes.size() < limit) {
                    RuleAssignment a = next.get();
                    Classification to = a.profileId() == null ? null
                            : new Classification(a.profileId(), a.serviceId(), a.confidence(), a.ruleId());
                    changes.add(new Change(block(candidate.userId(), candidate.id()), to));
                }
            }
            if (candidates.size() < BATCH) {
                break;
            }
            after = candidates.get(candidates.size() - 1).id();
        }
        return changes;
    }

    private ActivityBlock block(long userId, long id) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Block.COLUMNS + " FROM ACTIVITY_BLOCKS WHERE ID = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return BlockService.read(rs).view();
                }
            }
        });
    }

    private static List<Candidate> load(Connection c, Long userId, long fromMs, long toMs, long afterId, int limit)
            throws SQLException {
        List<Candidate> found = new ArrayList<>(Math.min(limit, 1024));
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, USER_ID, PRIMARY_APP, PRIMARY_TITLE, PRIMARY_DOMAIN, "
                + "PROFILE_ID, SERVICE_ID, RULE_ID, CONFIDENCE, ASSIGNED_BY" + CANDIDATES + " AND ID > ?"
                + (userId == null ? "" : " AND USER_ID = ?") + " ORDER BY ID LIMIT ?")) {
            ps.setLong(1, toMs);
            ps.setLong(2, fromMs);
            ps.setLong(3, afterId);
            int next = 4;
            if (userId != null) {
                ps.setLong(next++, userId);
            }
            ps.setInt(next, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Candidate(rs.getLong(1), rs.getLong(2),
                            new BlockFacts(rs.getString(3), rs.getString(4), null, rs.getString(5)),
                            BlockWriter.assignment(rs, 6)));
                }
            }
        }
        return found;
    }
}
