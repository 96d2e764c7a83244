package io.stint.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path data;

    @Test
    void theFileUrlIsDurableMvccAndCached() {
        String url = Database.fileUrl(data);
        assertTrue(url.startsWith("jdbc:hsqldb:file:" + data.toAbsolutePath() + "/db/stint;"), url);
        assertTrue(url.contains("hsqldb.write_delay=false"), url);
        assertTrue(url.contains("hsqldb.tx=mvcc"), url);
        assertTrue(url.contains("hsqldb.default_table_type=cached"), url);
    }

    @Test
    void closingShutsDownSoTheDataIsThereOnReopenAndTheLockIsReleased() throws SQLException {
        String url = Database.fileUrl(data);
        try (Database db = open(url); Connection c = db.pool().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T (ID INT)");
            s.execute("INSERT INTO T VALUES (42)");
        }
        assertFalse(Files.exists(data.resolve("db/stint.lck")), "SHUTDOWN releases the lock file");
        try (Database db = open(url); Connection c = db.pool().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID FROM T")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
            assertEquals("CACHED", tableType(c));
        }
    }

    private static String tableType(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT HSQLDB_TYPE FROM INFORMATION_SCHEMA.SYSTEM_TABLES WHERE TABLE_NAME = 'T'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Database open(String url) {
        JDBCDataSource driver = new JDBCDataSource();
        driver.setUrl(url);
        driver.setUser("SA");
        driver.setPassword("");
        return new Database(driver, url, 2);
    }
}
