package io.stint.example.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.hsqldb.jdbc.JDBCDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.store.api.StoreException;
import io.stint.store.api.TransactionalWork;
import io.stint.store.api.Transactions;

/** Against a real in-memory HSQLDB carrying the bundle's own migration script. */
class NoteServiceTest {

    private final JDBCDataSource db = new JDBCDataSource();
    private NoteService notes;

    @BeforeEach
    void migrate() throws Exception {
        db.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID());
        db.setUser("SA");
        String script = Files.readString(Path.of("src/main/resources/OSGI-INF/stint/migrations/V1__create_example_notes.sql"));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(script.strip().replaceAll(";$", ""));
        }
        notes = new NoteService(new AutoCommitTransactions());
    }

    @Test
    void aCreatedNoteCanBeReadBack() {
        Note created = notes.create("Call the client");
        assertEquals("Call the client", notes.get(created.id()).orElseThrow().text());
        assertTrue(created.createdAt() != null);
    }

    @Test
    void blankTextIsAFieldError() {
        ApiException e = assertThrows(ApiException.class, () -> notes.create("  "));
        assertEquals(400, e.status());
        assertTrue(e.errors().containsKey("text"));
    }

    @Test
    void tooLongTextIsAFieldErrorAndNothingIsStored() {
        assertThrows(ApiException.class, () -> notes.create("x".repeat(NoteService.MAX_TEXT + 1)));
        assertEquals(0, notes.count());
    }

    @Test
    void listingPagesInCreationOrder() {
        for (int i = 1; i <= 5; i++) {
            notes.create("note " + i);
        }
        List<Note> second = notes.list(PageRequest.of("2", "2"));
        assertEquals(List.of("note 3", "note 4"), second.stream().map(Note::text).toList());
        assertEquals(5, notes.count());
    }

    /** One connection per call, committed when the work returns: enough for a single-threaded test. */
    private final class AutoCommitTransactions implements Transactions {
        @Override
        public <T> T call(TransactionalWork<T> work) {
            try (Connection c = db.getConnection()) {
                return work.apply(c);
            } catch (SQLException e) {
                throw new StoreException(e.getMessage(), e);
            }
        }
    }
}
