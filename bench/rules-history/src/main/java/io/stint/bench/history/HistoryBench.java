package io.stint.bench.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hsqldb.jdbc.JDBCPool;

import io.stint.activity.api.BlockClassifier;
import io.stint.activity.api.Classification;
import io.stint.activity.api.Reclassification;
import io.stint.activity.internal.BlockReclassifier;
import io.stint.rules.api.MatchType;
import io.stint.rules.api.Rule;
import io.stint.rules.internal.engine.RuleEngine;
import io.stint.store.api.Transactions;
import io.stint.store.internal.EmbeddedStore;

/**
 * How long a rule change takes to reach a million stored blocks: the activity module's real
 * {@code BlockReclassifier} over a file HSQLDB configured as the runtime's (cached tables, MVCC, no
 * write delay), classifying with the real rule engine holding 10,000 rules. The blocks are seeded as
 * an installation from before activities were kept apart has them, so the first run also links each
 * block to its activity; then a re-run (nothing changes) and a change of one popular rule (a tenth
 * of the blocks move).
 */
public final class HistoryBench {

    private static final int BLOCKS = Integer.getInteger("blocks", 1_000_000);
    private static final int RULES = Integer.getInteger("rules", 10_000);

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("stint-history-bench");
        JDBCPool pool = new JDBCPool(4);
        pool.setUrl("jdbc:hsqldb:file:" + dir.resolve("db") + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;"
                + "hsqldb.default_table_type=cached" + System.getProperty("db.extra", ""));
        pool.setUser("SA");
        Path migrations = Path.of(args.length > 0 ? args[0] : "bundles/io.stint.activity/src/main/resources/OSGI-INF/stint/migrations");
        Transactions tx = EmbeddedStore.migrate(pool, "io.stint.activity", migrations);
        long seeded = System.nanoTime();
        seed(tx);
        System.out.printf("seeded %,d blocks in %.1f s (%s)%n", BLOCKS, (System.nanoTime() - seeded) / 1e9, dir);

        List<Rule> rules = rules(7L);
        Reclassification reclassifier = new BlockReclassifier(tx);
        run("first run (links blocks to activities)", reclassifier, classifier(RuleEngine.compile(rules)));
        run("re-run, nothing to change", reclassifier, classifier(RuleEngine.compile(rules)));
        // the most popular app's rule now points at another profile
        Rule popular = rules.get(0);
        rules.set(0, new Rule(popular.id(), popular.name(), popular.priority(), popular.matchType(), popular.matchValue(),
                8L, null, 0, true, null, null));
        run("one popular rule retargeted", reclassifier, classifier(RuleEngine.compile(rules)));
        try (Connection c = pool.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        }
        pool.close(1);
    }

    private static void run(String label, Reclassification reclassifier, BlockClassifier classifier) {
        long start = System.nanoTime();
        Reclassification.Outcome outcome = reclassifier.apply(classifier, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-40s %,d activities classified, %,d changed, %,d blocks changed: %.2f s%n", label,
                outcome.examined(), outcome.changedActivities(), outcome.changedBlocks(), seconds);
    }

    private static BlockClassifier classifier(RuleEngine engine) {
        return (user, facts) -> engine.classify(facts.app(), facts.title(), facts.url(), facts.domain())
                .map(m -> new Classification(m.rule().targetProfileId(), m.rule().targetServiceId(), m.confidence(),
                        m.rule().id()));
    }

    /** 40% APP, 20% DOMAIN, 25% KEYWORD, 10% TITLE_REGEX, 5% COMPOSITE; rule 1 is the most used app's. */
    private static List<Rule> rules(long profile) {
        List<Rule> rules = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < RULES; i++) {
            int kind = i % 20;
            MatchType type;
            String value;
            if (kind < 8) {
                type = MatchType.APP;
                value = "app" + i + ".exe";
            } else if (kind < 12) {
                type = MatchType.DOMAIN;
                value = "site" + i + ".example";
            } else if (kind < 17) {
                type = MatchType.KEYWORD;
                value = "project-" + i;
            } else if (kind < 19) {
                type = MatchType.TITLE_REGEX;
                value = "Invoice #" + i + " [0-9]+";
            } else {
                type = MatchType.COMPOSITE;
                value = "{\"all\":[{\"app\":\"app" + (i - 19) + ".exe\"},{\"keyword\":\"urgent\"}]}";
            }
            rules.add(new Rule(i + 1, "rule " + i, i % 50, type, value, profile, null, 0, true, now, now));
        }
        return rules;
    }

    /** A million blocks of four users over three years; a third of them match some rule. */
    private static void seed(Transactions tx) {
        Random random = new Random(42);
        Timestamp now = Timestamp.from(Instant.now());
        long t0 = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
        int batch = 10_000;
        for (int done = 0; done < BLOCKS; done += batch) {
            int from = done;
            tx.run(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACTIVITY_BLOCKS (USER_ID, START_MS, END_MS, "
                        + "ACTIVE_MS, HARD_START, PRIMARY_APP, PRIMARY_TITLE, PRIMARY_DOMAIN, CREATED_AT, UPDATED_AT) "
                        + "VALUES (?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?)")) {
                    for (int i = from; i < Math.min(BLOCKS, from + batch); i++) {
                        long start = t0 + i * 90_000L;
                        int pick = random.nextInt(3);
                        String app;
                        String title;
                        String domain = null;
                        if (pick == 0) {
                            // a ruled app; app0 is the most used (a tenth of all blocks)
                            int n = random.nextInt(10) < 3 ? 0 : 20 * random.nextInt(RULES / 20);
                            app = "app" + n + ".exe";
                            title = "Quarterly numbers " + random.nextInt(1000) + ".xlsx - Excel";
                        } else if (pick == 1) {
                            app = "chrome";
                            title = "Pull Request #" + random.nextInt(5000) + " · acme/api - GitHub - Google Chrome";
                            domain = random.nextBoolean() ? "github.com" : "news.example.org";
                        } else {
                            app = "code";
                            title = "notes-" + random.nextInt(100000) + ".md - Visual Studio Code";
                        }
                        ps.setLong(1, 1 + (i & 3));
                        ps.setLong(2, start);
                        ps.setLong(3, start + 60_000);
                        ps.setLong(4, 60_000);
                        ps.setString(5, app);
                        ps.setString(6, title);
                        ps.setString(7, domain);
                        ps.setTimestamp(8, now);
                        ps.setTimestamp(9, now);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            });
        }
    }
}
