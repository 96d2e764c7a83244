package io.stint.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kept statements on a real in-memory HSQLDB: reused when free, never shared while held. */
class StatementCacheTest {

    private final JDBCDataSource db = new JDBCDataSource();
    private final StatementCache cache = new StatementCache();
    private Connection physical;

    @BeforeEach
    void table() throws SQLException {
        db.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID());
        db.setUser("SA");
        physical = db.getConnection();
        try (Statement s = physical.createStatement()) {
            s.execute("CREATE TABLE T (ID INTEGER PRIMARY KEY, NAME VARCHAR(20))");
            s.execute("INSERT INTO T VALUES (1, 'one'), (2, 'two')");
        }
    }

    private static String name(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT NAME FROM T WHERE ID = ?")) {
            ps.setInt(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Test
    void aClosedStatementIsReusedWithItsParametersCleared() throws SQLException {
        Connection c = cache.wrap(physical);
        assertEquals("one", name(c, 1));
        assertEquals("two", name(c, 2));
        try (PreparedStatement ps = c.prepareStatement("SELECT NAME FROM T WHERE ID = ?")) {
            assertThrows(SQLException.class, ps::executeQuery, "the last caller's parameter is gone");
        }
        assertEquals("one", name(cache.wrap(physical), 1), "a later transaction on the connection reuses it");
    }

    @Test
    void theSameSqlHeldTwiceAtOnceGetsTwoStatements() throws SQLException {
        Connection c = cache.wrap(physical);
        try (PreparedStatement a = c.prepareStatement("SELECT NAME FROM T WHERE ID = ?");
                PreparedStatement b = c.prepareStatement("SELECT NAME FROM T WHERE ID = ?")) {
            assertNotSame(a, b);
            a.setInt(1, 1);
            b.setInt(1, 2);
            try (ResultSet ra = a.executeQuery(); ResultSet rb = b.executeQuery()) {
                assertTrue(ra.next() && rb.next());
                assertEquals("one", ra.getString(1));
                assertEquals("two", rb.getString(1));
            }
        }
    }

    @Test
    void aStatementOfAClosedConnectionIsNotHandedOut() throws SQLException {
        assertEquals("one", name(cache.wrap(physical), 1));
        physical.close();
        Connection fresh = db.getConnection();
        try (Statement s = fresh.createStatement()) {
            assertFalse(fresh.isClosed());
        }
        assertEquals("two", name(cache.wrap(fresh), 2));
    }

    @Test
    void writesThroughKeptStatementsCommitAndRollBackWithTheirTransaction() throws SQLException {
        Connection c = cache.wrap(physical);
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement("UPDATE T SET NAME = ? WHERE ID = ?")) {
            ps.setString(1, "uno");
            ps.setInt(2, 1);
            assertEquals(1, ps.executeUpdate());
        }
        c.rollback();
        assertEquals("one", name(c, 1));
        try (PreparedStatement ps = c.prepareStatement("UPDATE T SET NAME = ? WHERE ID = ?")) {
            ps.setString(1, "uno");
            ps.setInt(2, 1);
            ps.executeUpdate();
        }
        c.commit();
        assertEquals("uno", name(db.getConnection(), 1));
    }

    @Test
    void theStatementsOfClosedConnectionsAreLetGo() throws SQLException {
        for (int i = 0; i < 40; i++) {
            try (Connection c = db.getConnection()) {
                assertEquals("one", name(cache.wrap(c), 1));
            }
        }
        assertTrue(cache.connections() <= 17, "closed connections are purged: " + cache.connections());
    }
}
