package io.stint.store.api;

import java.sql.Connection;
import java.sql.SQLException;

import org.osgi.annotation.versioning.ConsumerType;

/** Work done on the transaction's connection, returning a result. */
@ConsumerType
@FunctionalInterface
public interface TransactionalWork<T> {
    /** Does the work; the connection must not be closed, committed or rolled back here. */
    T apply(Connection connection) throws SQLException;
}
