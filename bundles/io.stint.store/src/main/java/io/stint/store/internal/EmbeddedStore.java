package io.stint.store.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.stint.store.api.Transactions;

/**
 * The store's migrator and transactions outside OSGi, for a module's unit tests on the plain class
 * path: the same code the runtime runs, over a DataSource the test owns. Not exported.
 */
public final class EmbeddedStore {

    private EmbeddedStore() {
    }

    /**
     * Applies the {@code V<n>__*.sql} scripts in {@code folder} as migrations of {@code owner} and
     * returns transactions on {@code dataSource}.
     */
    public static Transactions migrate(DataSource dataSource, String owner, Path folder) throws IOException, SQLException {
        List<Script> scripts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".sql")).toList()) {
                scripts.add(Script.of(owner, file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        Migrator migrator = new Migrator(dataSource);
        migrator.prepare();
        migrator.migrate(owner, scripts);
        return new TransactionManager(dataSource);
    }
}
