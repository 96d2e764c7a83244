package io.stint.store.internal;

import java.util.UUID;

import org.hsqldb.jdbc.JDBCDataSource;

/** Fresh, real HSQLDB databases for tests. */
final class Databases {

    private Databases() {
    }

    static JDBCDataSource inMemory() {
        JDBCDataSource ds = new JDBCDataSource();
        ds.setUrl("jdbc:hsqldb:mem:" + UUID.randomUUID() + ";hsqldb.tx=mvcc");
        ds.setUser("SA");
        ds.setPassword("");
        return ds;
    }
}
