package io.stint.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.stint.store.api.MigrationException;

class MigratorTest {

    private final DataSource db = Databases.inMemory();
    private final Migrator migrator = new Migrator(db);

    private static final Script CREATE = Script.of("notes", "V1__create_notes.sql",
            "CREATE TABLE NOTES (ID INT PRIMARY KEY, TEXT VARCHAR(100));\n");
    private static final Script SEED = Script.of("notes", "V2__seed.sql",
            "INSERT INTO NOTES VALUES (1, 'one');\nINSERT INTO NOTES VALUES (2, 'two');\n");

    @BeforeEach
    void prepare() throws SQLException {
        migrator.prepare();
    }

    @Test
    void appliesScriptsInVersionOrderWhateverTheListOrder() throws SQLException {
        List<Script> applied = migrator.migrate("notes", List.of(SEED, CREATE));
        assertEquals(List.of(CREATE, SEED), applied);
        assertEquals(2, count("SELECT COUNT(*) FROM NOTES"));
    }

    @Test
    void recordsEachScriptWithItsChecksum() throws SQLException {
        migrator.migrate("notes", List.of(CREATE, SEED));
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT VERSION, SCRIPT, CHECKSUM FROM STINT_SCHEMA_HISTORY ORDER BY VERSION")) {
            assertTrue(rs.next());
            assertEquals("V1__create_notes.sql", rs.getString(2));
            assertEquals(CREATE.checksum(), rs.getString(3));
            assertTrue(rs.next());
            assertEquals(2, rs.getInt(1));
        }
    }

    @Test
    void appliesEachScriptOnlyOnce() throws SQLException {
        migrator.migrate("notes", List.of(CREATE, SEED));
        assertEquals(List.of(), migrator.migrate("notes", List.of(CREATE, SEED)));
        assertEquals(2, count("SELECT COUNT(*) FROM NOTES"));
    }

    @Test
    void appliesOnlyTheNewVersionWhenOneIsAdded() throws SQLException {
        migrator.migrate("notes", List.of(CREATE));
        List<Script> applied = migrator.migrate("notes", List.of(CREATE, SEED));
        assertEquals(List.of(SEED), applied);
    }

    @Test
    void refusesAScriptChangedAfterItWasApplied() throws SQLException {
        migrator.migrate("notes", List.of(CREATE));
        Script edited = Script.of("notes", "V1__create_notes.sql", "CREATE TABLE NOTES (ID BIGINT PRIMARY KEY);\n");
        MigrationException e = assertThrows(MigrationException.class, () -> migrator.migrate("notes", List.of(edited, SEED)));
        assertTrue(e.getMessage().contains("V1__create_notes.sql") && e.getMessage().contains("changed"), e.getMessage());
        assertEquals(0, count("SELECT COUNT(*) FROM NOTES"), "nothing after the changed script runs");
    }

    @Test
    void aFailingScriptIsNotRecordedAndLaterVersionsDoNotRun() throws SQLException {
        Script broken = Script.of("notes", "V2__broken.sql", "INSERT INTO MISSING_TABLE VALUES (1);\n");
        Script later = Script.of("notes", "V3__later.sql", "CREATE TABLE LATER (ID INT);\n");
        MigrationException e = assertThrows(MigrationException.class,
                () -> migrator.migrate("notes", List.of(CREATE, broken, later)));
        assertTrue(e.getMessage().contains("V2__broken.sql"), e.getMessage());
        assertEquals(1, count("SELECT COUNT(*) FROM STINT_SCHEMA_HISTORY"));
        assertEquals(0, count("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'LATER'"));
    }

    @Test
    void twoScriptsWithOneVersionAreRefused() {
        Script twin = Script.of("notes", "V1__other.sql", "CREATE TABLE OTHER (ID INT);\n");
        assertThrows(MigrationException.class, () -> migrator.migrate("notes", List.of(CREATE, twin)));
    }

    @Test
    void ownersHaveIndependentVersions() throws SQLException {
        migrator.migrate("notes", List.of(CREATE));
        List<Script> applied = migrator.migrate("tags", List.of(Script.of("tags", "V1__tags.sql", "CREATE TABLE TAGS (ID INT);\n")));
        assertEquals(1, applied.size());
        assertEquals(2, count("SELECT COUNT(*) FROM STINT_SCHEMA_HISTORY"));
    }

    @Test
    void preparingTwiceKeepsTheHistory() throws SQLException {
        migrator.migrate("notes", List.of(CREATE));
        migrator.prepare();
        assertEquals(1, count("SELECT COUNT(*) FROM STINT_SCHEMA_HISTORY"));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
