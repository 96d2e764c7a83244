package io.stint.tracking.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import io.stint.testkit.TestDatabase;

/** The schema's own guarantees, on a real HSQLDB carrying the bundle's migrations. */
class SchemaTest {

    @Test
    void aUserCannotHaveTwoRunningTimers() throws SQLException {
        TestDatabase db = TestDatabase.ofModule();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            String insert = "INSERT INTO TRACKING_TIME_ENTRIES (USER_ID, START_AT, RUNNING_USER_ID, CREATED_AT, UPDATED_AT) "
                    + "VALUES (7, CURRENT_TIMESTAMP(0), %s, CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP)";
            s.executeUpdate(insert.formatted("7"));
            s.executeUpdate(insert.formatted("NULL"));
            s.executeUpdate(insert.formatted("NULL"));
            assertThrows(SQLException.class, () -> s.executeUpdate(insert.formatted("7")));
            try (var rs = s.executeQuery("SELECT COUNT(*) FROM TRACKING_TIME_ENTRIES")) {
                rs.next();
                assertEquals(3, rs.getInt(1));
            }
        }
    }

    @Test
    void clientNamesAreUnique() throws SQLException {
        TestDatabase db = TestDatabase.ofModule();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            String insert = "INSERT INTO TRACKING_CLIENTS (NAME, CREATED_AT, UPDATED_AT) VALUES ('Acme', CURRENT_TIMESTAMP(0), CURRENT_TIMESTAMP)";
            s.executeUpdate(insert);
            assertThrows(SQLException.class, () -> s.executeUpdate(insert));
        }
    }
}
