package io.stint.testkit;

import java.nio.file.Path;
import java.util.UUID;

import javax.sql.DataSource;

import org.hsqldb.jdbc.JDBCDataSource;

import io.stint.store.api.Transactions;
import io.stint.store.internal.EmbeddedStore;

/**
 * A private in-memory HSQLDB (MVCC, as the runtime's) with a module's migrations applied by the
 * store's own migrator. Each instance is a new, empty database.
 */
public final class TestDatabase {

    /** Where a module keeps its migrations, relative to the module folder Maven runs tests in. */
    public static final Path MODULE_MIGRATIONS = Path.of("src/main/resources/OSGI-INF/stint/migrations");

    private final JDBCDataSource dataSource = new JDBCDataSource();
    private final Transactions transactions;

    private TestDatabase(String owner, Path... folders) {
        dataSource.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID() + ";hsqldb.tx=mvcc");
        dataSource.setUser("SA");
        try {
            Transactions tx = null;
            for (Path folder : folders) {
                tx = EmbeddedStore.migrate(dataSource, owner + ":" + folder, folder);
            }
            transactions = tx;
        } catch (Exception e) {
            throw new IllegalStateException("Migrations failed: " + e.getMessage(), e);
        }
    }

    /** A new database with this module's migrations ({@link #MODULE_MIGRATIONS}). */
    public static TestDatabase ofModule() {
        return new TestDatabase("module", MODULE_MIGRATIONS);
    }

    /** A new database with the migrations in each folder applied, in order. */
    public static TestDatabase of(Path... migrationFolders) {
        return new TestDatabase("test", migrationFolders);
    }

    public Transactions transactions() {
        return transactions;
    }

    public DataSource dataSource() {
        return dataSource;
    }
}
