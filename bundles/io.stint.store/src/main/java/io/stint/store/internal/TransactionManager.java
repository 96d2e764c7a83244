package io.stint.store.internal;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.stint.store.api.StoreException;
import io.stint.store.api.TransactionalWork;
import io.stint.store.api.Transactions;

/** Transactions on a pooled DataSource; nested calls on one thread join the outer transaction. */
final class TransactionManager implements Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(TransactionManager.class);

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** Actions waiting for the current thread's transaction to commit. */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
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
                runCommitted(afterCommit.get());
                return result;
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                current.remove();
                afterCommit.remove();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("Database transaction failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        if (current.get() == null) {
            runCommitted(List.of(action));
            return;
        }
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            actions = new ArrayList<>();
            afterCommit.set(actions);
        }
        actions.add(action);
    }

    private static void runCommitted(List<Runnable> actions) {
        if (actions == null) {
            return;
        }
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("An action after a commit failed", e);
            }
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
