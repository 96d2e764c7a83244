package io.stint.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.stint.store.api.StoreException;

class TransactionManagerTest {

    private final DataSource db = Databases.inMemory();
    private final TransactionManager tx = new TransactionManager(db);

    @BeforeEach
    void createTable() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE T (ID INT PRIMARY KEY)");
        }
    }

    @Test
    void committedWorkIsVisibleToOtherConnections() throws SQLException {
        int result = tx.call(c -> insert(c, 1));
        assertEquals(1, result);
        assertEquals(1, rows());
    }

    @Test
    void aRuntimeExceptionRollsBackAndIsRethrownUnchanged() throws SQLException {
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> tx.run(c -> {
            insert(c, 1);
            throw boom;
        }));
        assertSame(boom, thrown);
        assertEquals(0, rows());
    }

    @Test
    void anSqlExceptionRollsBackAndBecomesAStoreException() throws SQLException {
        StoreException thrown = assertThrows(StoreException.class, () -> tx.run(c -> {
            insert(c, 1);
            insert(c, 1); // duplicate key
        }));
        assertInstanceOf(SQLException.class, thrown.getCause());
        assertEquals(0, rows());
    }

    @Test
    void nestedWorkJoinsTheOuterTransaction() throws SQLException {
        assertThrows(IllegalStateException.class, () -> tx.run(outer -> {
            insert(outer, 1);
            tx.run(inner -> {
                assertSame(outer, inner);
                insert(inner, 2);
            });
            throw new IllegalStateException("outer fails after inner returned");
        }));
        assertEquals(0, rows(), "the inner write is rolled back with the outer transaction");
    }

    @Test
    void theConnectionIsNotInATransactionAfterwards() throws SQLException {
        tx.run(c -> insert(c, 1));
        tx.run(c -> assertEquals(false, c.getAutoCommit()));
        try (Connection c = db.getConnection()) {
            assertEquals(true, c.getAutoCommit());
        }
    }

    @Test
    void afterCommitActionsRunOnceTheOuterTransactionCommittedAndSeeItsRows() throws SQLException {
        java.util.List<Integer> seen = new java.util.ArrayList<>();
        tx.run(outer -> {
            insert(outer, 1);
            tx.run(inner -> {
                insert(inner, 2);
                tx.afterCommit(() -> seen.add(uncheckedRows()));
            });
            assertEquals(java.util.List.of(), seen, "nothing runs before the outer commit");
        });
        assertEquals(java.util.List.of(2), seen);
    }

    @Test
    void afterCommitActionsOfARolledBackTransactionNeverRun() throws SQLException {
        java.util.List<String> seen = new java.util.ArrayList<>();
        assertThrows(IllegalStateException.class, () -> tx.run(c -> {
            insert(c, 1);
            tx.afterCommit(() -> seen.add("ran"));
            throw new IllegalStateException("boom");
        }));
        tx.run(c -> insert(c, 2));
        assertEquals(java.util.List.of(), seen, "a later transaction does not run them either");
        assertEquals(1, rows());
    }

    @Test
    void afterCommitOutsideATransactionRunsAtOnceAndAFailingActionDoesNotStopTheNext() {
        java.util.List<String> seen = new java.util.ArrayList<>();
        tx.afterCommit(() -> seen.add("now"));
        assertEquals(java.util.List.of("now"), seen);
        tx.run(c -> {
            tx.afterCommit(() -> {
                throw new IllegalStateException("boom");
            });
            tx.afterCommit(() -> seen.add("next"));
        });
        assertEquals(java.util.List.of("now", "next"), seen);
    }

    private int uncheckedRows() {
        try {
            return rows();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int insert(Connection c, int id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO T VALUES (?)")) {
            ps.setInt(1, id);
            return ps.executeUpdate();
        }
    }

    private int rows() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM T")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
