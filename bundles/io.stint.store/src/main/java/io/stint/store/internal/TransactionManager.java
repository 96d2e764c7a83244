package io.stint.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.stint.store.api.StoreException;
import io.stint.store.api.TransactionalWork;
import io.stint.store.api.Transactions;

/** Transactions on a pooled DataSource; nested calls on one thread join the outer transaction. */
final class TransactionManager implements Transactions {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final StatementCache statements = new StatementCache();

    TransactionManager(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T call(TransactionalWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            return applyTranslating(work, joined);
        }
        try (Connection pooled = dataSource.getConnection()) {
            Connection c = statements.wrap(pooled);
            c.setAutoCommit(false);
            current.set(c);
            try {
                T result = applyTranslating(work, c);
                c.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                current.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database transaction failed: " + e.getMessage(), e);
        }
    }

    private static <T> T applyTranslating(TransactionalWork<T> work, Connection c) {
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException("Database operation failed: " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
