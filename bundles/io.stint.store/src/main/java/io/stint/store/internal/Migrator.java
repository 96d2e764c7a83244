package io.stint.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.stint.store.api.MigrationException;

/** Applies an owner's versioned scripts once each, in order, and records them with checksums. */
final class Migrator {

    static final String HISTORY_TABLE = "STINT_SCHEMA_HISTORY";

    private final DataSource dataSource;

    Migrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the history table if this database has none yet. */
    void prepare() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + HISTORY_TABLE + " ("
                    + "OWNER VARCHAR(255) NOT NULL, VERSION INTEGER NOT NULL, DESCRIPTION VARCHAR(255) NOT NULL, "
                    + "SCRIPT VARCHAR(255) NOT NULL, CHECKSUM CHAR(64) NOT NULL, "
                    + "APPLIED_AT TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL, "
                    + "PRIMARY KEY (OWNER, VERSION))");
        }
    }

    /**
     * Applies the scripts of {@code owner} that are not applied yet, in version order.
     *
     * @return the scripts applied by this call
     * @throws MigrationException if two scripts share a version, an applied script was changed, or a
     *         statement fails; scripts before the failing one stay applied
     */
    synchronized List<Script> migrate(String owner, List<Script> scripts) {
        List<Script> ordered = new ArrayList<>(scripts);
        ordered.sort(Comparator.comparingInt(Script::version));
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).version() == ordered.get(i - 1).version()) {
                throw new MigrationException("Migrations of " + owner + " have two scripts for version "
                        + ordered.get(i).version() + ": " + ordered.get(i - 1).name() + " and " + ordered.get(i).name());
            }
        }
        try (Connection c = dataSource.getConnection()) {
            Map<Integer, String> applied = applied(c, owner);
            List<Script> done = new ArrayList<>();
            for (Script script : ordered) {
                String checksum = script.checksum();
                String recorded = applied.get(script.version());
                if (recorded == null) {
                    apply(c, owner, script, checksum);
                    done.add(script);
                } else if (!recorded.equals(checksum)) {
                    throw new MigrationException("Migration " + script.name() + " of " + owner
                            + " was changed after it was applied (checksum " + recorded + ", now " + checksum
                            + "); restore the applied script and put the change in a new version");
                }
            }
            return done;
        } catch (SQLException e) {
            throw new MigrationException("Migrations of " + owner + " could not be read: " + e.getMessage(), e);
        }
    }

    private static Map<Integer, String> applied(Connection c, String owner) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT VERSION, CHECKSUM FROM " + HISTORY_TABLE + " WHERE OWNER = ?")) {
            ps.setString(1, owner);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    applied.put(rs.getInt(1), rs.getString(2));
                }
            }
        }
        return applied;
    }

    private static void apply(Connection c, String owner, Script script, String checksum) {
        boolean autoCommit = true;
        try {
            autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String statement : script.statements()) {
                    s.execute(statement);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + HISTORY_TABLE
                    + " (OWNER, VERSION, DESCRIPTION, SCRIPT, CHECKSUM) VALUES (?, ?, ?, ?, ?)")) {
                ps.setString(1, owner);
                ps.setInt(2, script.version());
                ps.setString(3, script.description());
                ps.setString(4, script.name());
                ps.setString(5, checksum);
                ps.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            rollbackQuietly(c, e);
            throw new MigrationException("Migration " + script.name() + " of " + owner + " failed: " + e.getMessage(), e);
        } finally {
            try {
                c.setAutoCommit(autoCommit);
            } catch (SQLException ignored) {
                // the connection is returned to the pool, which resets it
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
