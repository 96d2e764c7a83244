package io.stint.activity.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Applies a classifier to what is stored: each distinct activity ({@link ActivityFacts}) is
 * classified once and rewritten only when its answer changed; every block showing it follows,
 * unless it is locked or a person assigned it. Facts are visited by id in batches of
 * {@value #BATCH}, each batch its own transaction, so a run holds no lock for long and a failure
 * keeps what the finished batches did. Rule assignments are not written to the audit log (it records
 * people's changes); a block shows the rule that assigned it.
 */
@Component(service = Reclassification.class)
public final class BlockReclassifier implements Reclassification {

    static final int BATCH = 5_000;

    /** Blocks that follow their fact: not locked, not a person's. */
    private static final String FOLLOWING = "NOT b.LOCKED AND (b.ASSIGNED_BY IS NULL OR b.ASSIGNED_BY <> 'USER')";

    private final Transactions tx;

    @Activate
    public BlockReclassifier(@Reference Transactions tx) {
        this.tx = tx;
    }

    /** A fact: its id, what it shows and what the rules made of it last. */
    private record Fact(long id, BlockFacts facts, RuleAssignment assignment) {
    }

    @Override
    public long count() {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ACTIVITY_FACTS");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public Outcome apply(BlockClassifier classifier, LongConsumer progress) {
        attachFacts();
        long examined = 0;
        long changedFacts = 0;
        long changedBlocks = 0;
        long after = 0;
        while (true) {
            long from = after;
            long[] batch = tx.call(c -> {
                List<Fact> facts = load(c, from);
                List<Long> changed = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("UPDATE ACTIVITY_FACTS SET PROFILE_ID = ?, SERVICE_ID = ?, "
                        + "RULE_ID = ?, CONFIDENCE = ? WHERE ID = ?")) {
                    for (Fact fact : facts) {
                        Optional<RuleAssignment> next = next(classifier, fact);
                        if (next.isPresent()) {
                            next.get().bindFact(ps, 1);
                            ps.setLong(5, fact.id());
                            ps.addBatch();
                            changed.add(fact.id());
                        }
                    }
                    if (!changed.isEmpty()) {
                        ps.executeBatch();
                    }
                }
                long blocks = changed.isEmpty() ? 0 : following(c, changed);
                long last = facts.isEmpty() ? -1 : facts.get(facts.size() - 1).id();
                return new long[] {facts.size(), changed.size(), blocks, last};
            });
            examined += batch[0];
            changedFacts += batch[1];
            changedBlocks += batch[2];
            if (progress != null) {
                progress.accept(examined);
            }
            if (batch[0] < BATCH) {
                return new Outcome(examined, changedFacts, changedBlocks);
            }
            after = batch[3];
        }
    }

    @Override
    public List<Change> preview(Long userId, long fromMs, long toMs, BlockClassifier classifier, int limit) {
        attachFacts();
        List<Change> changes = new ArrayList<>();
        long after = 0;
        while (changes.size() < limit) {
            long from = after;
            List<Fact> facts = tx.call(c -> load(c, from));
            for (Fact fact : facts) {
                Optional<RuleAssignment> next = next(classifier, fact);
                if (next.isPresent() && changes.size() < limit) {
                    RuleAssignment a = next.get();
                    Classification to = a.profileId() == null ? null
                            : new Classification(a.profileId(), a.serviceId(), a.confidence(), a.ruleId());
                    for (ActivityBlock block : blocks(fact.id(), userId, fromMs, toMs, limit - changes.size())) {
                        changes.add(new Change(block, to));
                    }
                }
            }
            if (facts.size() < BATCH) {
                break;
            }
            after = facts.get(facts.size() - 1).id();
        }
        return changes;
    }

    private static Optional<RuleAssignment> next(BlockClassifier classifier, Fact fact) {
        RuleAssignment next = classifier.classify(0, fact.facts()).map(RuleAssignment::of).orElse(RuleAssignment.NONE);
        return next.equals(fact.assignment()) ? Optional.empty() : Optional.of(next);
    }

    /**
     * Gives the blocks stored before activities were kept apart their activity, unclassified: the
     * run that follows classifies it. Such blocks were unassigned or a person's, so what they show
     * does not change.
     */
    private void attachFacts() {
        // ids of the activities met so far: most blocks show something shown before
        Map<String, Long> seen = new HashMap<>();
        while (true) {
            int done = tx.call(c -> {
                List<long[]> ids = new ArrayList<>();
                List<BlockFacts> shown = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT ID, USER_ID, PRIMARY_APP, PRIMARY_TITLE, PRIMARY_DOMAIN "
                        + "FROM ACTIVITY_BLOCKS WHERE FACT_ID IS NULL AND NOT MANUAL LIMIT ?")) {
                    ps.setInt(1, BATCH);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids.add(new long[] {rs.getLong(1), rs.getLong(2)});
                            shown.add(new BlockFacts(rs.getString(3), rs.getString(4), null, rs.getString(5)));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE ACTIVITY_BLOCKS SET FACT_ID = ? WHERE ID = ?")) {
                    if (seen.size() > 100_000) {
                        seen.clear();
                    }
                    for (int i = 0; i < ids.size(); i++) {
                        String key = ActivityFacts.key(shown.get(i));
                        Long id = seen.get(key);
                        if (id == null) {
                            id = ActivityFacts.idFor(c, ids.get(i)[1], key, shown.get(i), null);
                            seen.put(key, id);
                        }
                        ps.setLong(1, id);
                        ps.setLong(2, ids.get(i)[0]);
                        ps.addBatch();
                    }
                    if (!ids.isEmpty()) {
                        ps.executeBatch();
                    }
                }
                return ids.size();
            });
            if (done < BATCH) {
                return;
            }
        }
    }

    /** How many blocks follow the facts {@code ids}. */
    private static long following(Connection c, List<Long> ids) throws SQLException {
        Array array = c.createArrayOf("BIGINT", ids.toArray());
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM ACTIVITY_BLOCKS b WHERE b.FACT_ID IN (UNNEST(?)) AND "
                + FOLLOWING)) {
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The blocks following fact {@code factId}, of {@code userId} (null: anyone's), overlapping [fromMs, toMs). */
    private List<ActivityBlock> blocks(long factId, Long userId, long fromMs, long toMs, int limit) {
        return tx.call(c -> {
            List<ActivityBlock> found = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + Block.COLUMNS + Block.FROM + " WHERE b.FACT_ID = ? AND "
                    + FOLLOWING + " AND b.START_MS < ? AND b.END_MS > ?" + (userId == null ? "" : " AND b.USER_ID = ?")
                    + " ORDER BY b.FACT_ID, b.ID LIMIT ?")) {
                ps.setLong(1, factId);
                ps.setLong(2, toMs);
                ps.setLong(3, fromMs);
                int next = 4;
                if (userId != null) {
                    ps.setLong(next++, userId);
                }
                ps.setInt(next, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(BlockService.read(rs).view());
                    }
                }
            }
            return found;
        });
    }

    private static List<Fact> load(Connection c, long afterId) throws SQLException {
        List<Fact> found = new ArrayList<>(1024);
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, APP, TITLE, DOMAIN, PROFILE_ID, SERVICE_ID, RULE_ID, "
                + "CONFIDENCE FROM ACTIVITY_FACTS WHERE ID > ? ORDER BY ID LIMIT ?")) {
            ps.setLong(1, afterId);
            ps.setInt(2, BATCH);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    RuleAssignment current = new RuleAssignment(nullable(rs, 5), nullable(rs, 6), nullable(rs, 7),
                            rs.getString(8), rs.getObject(7) == null ? null : "RULE");
                    found.add(new Fact(rs.getLong(1), new BlockFacts(rs.getString(2), rs.getString(3), null, rs.getString(4)),
                            current));
                }
            }
        }
        return found;
    }

    private static Long nullable(ResultSet rs, int index) throws SQLException {
        long value = rs.getLong(index);
        return rs.wasNull() ? null : value;
    }
}
