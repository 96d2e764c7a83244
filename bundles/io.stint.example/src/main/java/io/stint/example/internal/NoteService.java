package io.stint.example.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.store.api.Migrations;
import io.stint.store.api.Transactions;

/** Notes in the module's own table: validation, SQL and transactions live here, not in the resource. */
@Component(service = NoteService.class)
@Migrations
public final class NoteService {

    static final int MAX_TEXT = 1000;

    private final Transactions tx;

    @Activate
    public NoteService(@Reference Transactions tx) {
        this.tx = tx;
    }

    Note create(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.invalidField("text", "Missing data for required field.");
        }
        if (text.length() > MAX_TEXT) {
            throw ApiException.invalidField("text", "Longer than maximum length " + MAX_TEXT + ".");
        }
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO EXAMPLE_NOTES (TEXT) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, text);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return find(c, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    Optional<Note> get(long id) {
        return tx.call(c -> find(c, id));
    }

    long count() {
        return tx.call(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM EXAMPLE_NOTES")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Oldest first. */
    List<Note> list(PageRequest page) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ID, TEXT, CREATED_AT FROM EXAMPLE_NOTES ORDER BY ID LIMIT ? OFFSET ?")) {
                ps.setInt(1, page.perPage());
                ps.setLong(2, page.offset());
                List<Note> notes = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        notes.add(read(rs));
                    }
                }
                return notes;
            }
        });
    }

    private static Optional<Note> find(java.sql.Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ID, TEXT, CREATED_AT FROM EXAMPLE_NOTES WHERE ID = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Note read(ResultSet rs) throws SQLException {
        return new Note(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant());
    }
}
