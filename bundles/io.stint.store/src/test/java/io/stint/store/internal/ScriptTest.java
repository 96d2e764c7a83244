package io.stint.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.store.api.MigrationException;

class ScriptTest {

    @Test
    void versionAndDescriptionComeFromTheName() {
        Script s = Script.of("b", "V12__create_notes.sql", "SELECT 1");
        assertEquals(12, s.version());
        assertEquals("create notes", s.description());
    }

    @Test
    void aNameWithoutVersionIsRefused() {
        MigrationException e = assertThrows(MigrationException.class, () -> Script.of("owner.bundle", "create.sql", ""));
        assertTrue(e.getMessage().contains("create.sql") && e.getMessage().contains("owner.bundle"), e.getMessage());
    }

    @Test
    void statementsSplitAtLineEndingSemicolonsAndSkipComments() {
        Script s = Script.of("b", "V1__x.sql", """
                -- a comment; with a semicolon
                CREATE TABLE A (ID INT, NOTE VARCHAR(20) DEFAULT 'a;b');
                INSERT INTO A (ID) VALUES (1);

                INSERT INTO A (ID) VALUES (2)
                """);
        assertEquals(List.of("CREATE TABLE A (ID INT, NOTE VARCHAR(20) DEFAULT 'a;b')",
                "INSERT INTO A (ID) VALUES (1)", "INSERT INTO A (ID) VALUES (2)"), s.statements());
    }

    @Test
    void checksumIgnoresLineEndingStyleButNotContent() {
        String unix = Script.of("b", "V1__x.sql", "CREATE TABLE A (ID INT);\n").checksum();
        String windows = Script.of("b", "V1__x.sql", "CREATE TABLE A (ID INT);\r\n").checksum();
        String other = Script.of("b", "V1__x.sql", "CREATE TABLE B (ID INT);\n").checksum();
        assertEquals(unix, windows);
        assertNotEquals(unix, other);
        assertEquals(64, unix.length());
    }
}
