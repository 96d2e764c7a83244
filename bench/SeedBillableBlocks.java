import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Random;

/**
 * Seeds a stopped Stint server's database (its schema made by one start) with assigned, billable
 * activity blocks, over JDBC, for bench/export-server.sh:
 *
 *   java -cp hsqldb-2.7.4.jar bench/SeedBillableBlocks.java DATA_DIR BLOCKS PROFILE_ID...
 *
 * Blocks belong to the admin (user 1), 90 s apart from 2023-01-01, each 1 to 60 minutes long. Nine
 * in ten show one of 1,000 activities that rules assigned to a profile (HIGH or MEDIUM); one in ten
 * was assigned by a person. Profiles are taken in turn from PROFILE_ID....
 */
public final class SeedBillableBlocks {

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int blocks = Integer.parseInt(args[1]);
        long[] profiles = new long[args.length - 2];
        for (int i = 2; i < args.length; i++) {
            profiles[i - 2] = Long.parseLong(args[i]);
        }
        String url = "jdbc:hsqldb:file:" + data.resolve("db").resolve("stint")
                + ";hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.lock_file=true";
        int facts = 1_000;
        try (Connection c = DriverManager.getConnection(url, "SA", "")) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACTIVITY_FACTS (ID, FACT_KEY, APP, TITLE, DOMAIN, "
                    + "PROFILE_ID, CONFIDENCE) VALUES (?, ?, ?, ?, NULL, ?, ?)")) {
                for (int i = 1; i <= facts; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, String.format("%064d", i));
                    ps.setString(3, "app" + (i % 50) + ".exe");
                    ps.setString(4, "Quarterly numbers " + i + ".xlsx - Excel");
                    ps.setLong(5, profiles[i % profiles.length]);
                    ps.setString(6, i % 4 == 0 ? "MEDIUM" : "HIGH");
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            c.commit();
            Random random = new Random(42);
            long t0 = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO ACTIVITY_BLOCKS (USER_ID, START_MS, END_MS, "
                    + "ACTIVE_MS, HARD_START, PRIMARY_APP, PRIMARY_TITLE, PRIMARY_DOMAIN, FACT_ID, PROFILE_ID, CONFIDENCE, "
                    + "ASSIGNED_BY, BILLABLE, CREATED_AT, UPDATED_AT) VALUES (1, ?, ?, ?, TRUE, ?, ?, NULL, ?, ?, ?, ?, TRUE, ?, ?)")) {
                for (int i = 0; i < blocks; i++) {
                    long start = t0 + i * 90_000L;
                    long length = 60_000L * (1 + random.nextInt(60));
                    int fact = 1 + random.nextInt(facts);
                    boolean byPerson = random.nextInt(10) == 0;
                    ps.setLong(1, start);
                    ps.setLong(2, start + length);
                    ps.setLong(3, length);
                    ps.setString(4, "app" + (fact % 50) + ".exe");
                    ps.setString(5, "Quarterly numbers " + fact + ".xlsx - Excel");
                    ps.setLong(6, fact);
                    if (byPerson) {
                        ps.setLong(7, profiles[random.nextInt(profiles.length)]);
                        ps.setString(8, "HIGH");
                        ps.setString(9, "USER");
                    } else {
                        ps.setNull(7, java.sql.Types.BIGINT);
                        ps.setString(8, "LOW");
                        ps.setNull(9, java.sql.Types.VARCHAR);
                    }
                    ps.setTimestamp(10, now);
                    ps.setTimestamp(11, now);
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
                s.execute("ALTER TABLE ACTIVITY_FACTS ALTER COLUMN ID RESTART WITH " + (facts + 1));
                s.execute("SHUTDOWN");
            }
        }
        System.out.printf("seeded %,d billable blocks over %,d activities%n", blocks, facts);
    }
}
