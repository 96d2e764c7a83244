import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The floor under the invoice-lines export: reads a stopped server's blocks of user 1 in start
 * order, 5,000 at a time, with the export's own query shape and nothing else (no rows made, no CSV,
 * no HTTP), and prints how long that takes:
 *
 *   java -XX:TieredStopAtLevel=1 -cp hsqldb-2.7.4.jar bench/ReadBlocks.java DATA_DIR
 *
 * (bench/export-server.sh leaves such a data folder in /tmp/stint-export-bench/data.)
 */
public final class ReadBlocks {

    public static void main(String[] args) throws Exception {
        String url = "jdbc:hsqldb:file:" + Path.of(args[0]).resolve("db").resolve("stint") + ";hsqldb.lock_file=false";
        try (Connection c = DriverManager.getConnection(url, "SA", "")) {
            PreparedStatement ps = c.prepareStatement("SELECT b.ID, b.START_MS, b.END_MS, b.PRIMARY_APP, b.PRIMARY_TITLE, "
                    + "f.PROFILE_ID, f.CONFIDENCE, b.DESCRIPTION FROM ACTIVITY_BLOCKS b LEFT JOIN ACTIVITY_FACTS f ON f.ID = b.FACT_ID "
                    + "WHERE b.USER_ID = 1 AND b.START_MS >= ? AND (b.START_MS > ? OR b.ID > ?) "
                    + "ORDER BY b.USER_ID, b.START_MS, b.ID LIMIT 5000");
            long start = Long.MIN_VALUE;
            long id = Long.MIN_VALUE;
            long rows = 0;
            long t0 = System.nanoTime();
            while (true) {
                ps.setLong(1, start);
                ps.setLong(2, start);
                ps.setLong(3, id);
                int page = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page++;
                        id = rs.getLong(1);
                        start = rs.getLong(2);
                        for (int i = 3; i <= 8; i++) {
                            rs.getObject(i);
                        }
                    }
                }
                rows += page;
                if (page < 5000) {
                    break;
                }
            }
            System.out.printf("read %,d blocks in %,d ms%n", rows, (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
