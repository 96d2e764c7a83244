package io.stint.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** The connection pool over a driver's DataSource, and a clean HSQLDB shutdown when closed. */
final class Database implements AutoCloseable {

    /**
     * Durable by default: {@code write_delay=false} syncs the log on every commit, so an
     * acknowledged commit survives {@code kill -9}; MVCC for concurrent readers and writers; CACHED
     * tables so data need not fit in memory.
     */
    static final String FILE_OPTIONS = ";hsqldb.write_delay=false;hsqldb.tx=mvcc;hsqldb.default_table_type=cached;hsqldb.lock_file=true";

    private final DataSource driver;
    private final HikariDataSource pool;
    private final boolean hsqldb;

    Database(DataSource driver, String url, int maxPoolSize) {
        this.driver = driver;
        this.hsqldb = url.startsWith("jdbc:hsqldb:");
        HikariConfig config = new HikariConfig();
        config.setPoolName("stint");
        config.setDataSource(driver);
        config.setMaximumPoolSize(maxPoolSize);
        config.setMinimumIdle(1);
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(1);
        this.pool = new HikariDataSource(config);
    }

    /** The URL of Stint's HSQLDB file database inside {@code dataDir}. */
    static String fileUrl(Path dataDir) {
        return "jdbc:hsqldb:file:" + dataDir.toAbsolutePath().normalize().resolve("db").resolve("stint") + FILE_OPTIONS;
    }

    DataSource pool() {
        return pool;
    }

    /** Closes the pool, then shuts HSQLDB down so its files are complete and unlocked. */
    @Override
    public void close() throws SQLException {
        pool.close();
        if (hsqldb) {
            try (Connection c = driver.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        }
    }
}
