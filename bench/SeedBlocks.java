import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;

/**
 * Seeds a stopped Stint server's database (its schema made by one start) with activity blocks and
 * assignment rules, over JDBC, for bench/rules-history-server.sh:
 *
 *   java -cp hsqldb-2.7.4.jar bench/SeedBlocks.java DATA_DIR BLOCKS RULES PROFILE_ID
 *
 * Blocks belong to the admin (user 1), 90 s apart from 2023-01-01; a third show a ruled app
 * ("app0.exe", the most used, on a tenth of all blocks, or "app<20k>.exe"), a third Chrome on GitHub
 * or a news site, a third an editor. Rules: 40% APP, 20% DOMAIN, 25% KEYWORD, 10% TITLE_REGEX, 5%
 * COMPOSITE, all targeting PROFILE_ID; rule 1 is app0.exe's.
 */
public final class SeedBlocks {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int blocks = Integer.parseInt(args[1]);
        int rules = Integer.parseInt(args[2]);
        long profile = Long.parseLong(args[3]);
        String url = "jdbc:hsqldb:file:" + data.resolve("db").resolve("stint")
                + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.lock_file=true";
        try (Connection c = DriverManager.getConnection(url, "SA", "")) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO RULES (NAME, PRIORITY, MATCH_TYPE, MATCH_VALUE, "
                    + "TARGET_PROFILE_ID, CONFIDENCE_BOOST, ENABLED, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, 0, TRUE, ?, ?)")) {
                for (int i = 0; i < rules; i++) {
                    int kind = i % 20;
                    String[] rule = kind < 8 ? new String[] {"APP", "app" + i + ".exe"}
                            : kind < 12 ? new String[] {"DOMAIN", "site" + i + ".example"}
                            : kind < 17 ? new String[] {"KEYWORD", "project-" + i}
                            : kind < 19 ? new String[] {"TITLE_REGEX", "Invoice #" + i + " [0-9]+"}
                            : new String[] {"COMPOSITE", "{\"all\":[{\"app\":\"app" + (i - 19) + ".exe\"},{\"keyword\":\"urgent\"}]}"};
                    ps.setString(1, "rule " + i);
                    ps.setInt(2, i % 50);
                    ps.setString(3, rule[0]);
                    ps.setString(4, rule[1]);
                    ps.setLong(5, profile);
                    ps.setTimestamp(6, now);
                    ps.setTimestamp(7, now);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            Random random = new Random(42);
            long t0 = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACTIVITY_BLOCKS (USER_ID, START_MS, END_MS, "
                    + "ACTIVE_MS, HARD_START, PRIMARY_APP, PRIMARY_TITLE, PRIMARY_DOMAIN, CREATED_AT, UPDATED_AT) "
                    + "VALUES (1, ?, ?, 60000, TRUE, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < blocks; i++) {
                    long start = t0 + i * 90_000L;
                    int pick = random.nextInt(3);
                    String app;
                    String title;
                    String domain = null;
                    if (pick == 0) {
                        int n = random.nextInt(10) < 3 ? 0 : 20 * random.nextInt(Math.max(1, rules / 20));
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
                    ps.setLong(1, start);
                    ps.setLong(2, start + 60_000);
                    ps.setString(3, app);
                    ps.setString(4, title);
                    ps.setString(5, domain);
                    ps.setTimestamp(6, now);
                    ps.setTimestamp(7, now);
                    ps.addBatch();
                    if (i % 10_000 == 9_999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                if (blocks % 10_000 != 0) {
                    ps.executeBatch();
                }
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
        System.out.printf("seeded %,d blocks and %,d rules%n", blocks, rules);
    }
}
