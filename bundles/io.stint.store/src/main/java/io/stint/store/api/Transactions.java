package io.stint.store.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Runs work in one database transaction: commit when the work returns, roll back when it throws.
 * Work started while the same thread is already inside a transaction joins that transaction, so
 * services can call each other without deciding who commits.
 * <p>
 * A {@link java.sql.SQLException} thrown by the work is rethrown as a {@link StoreException}; any
 * other exception is rethrown unchanged after the rollback.
 */
@ProviderType
public interface Transactions {

    /** Runs {@code work} in a transaction and returns its result. */
    <T> T call(TransactionalWork<T> work);

    /** Runs {@code action} in a transaction. */
    default void run(TransactionalAction action) {
        call(connection -> {
            action.run(connection);
            return null;
        });
    }

    /**
     * Runs {@code action} once the current thread's transaction has committed, so that what it
     * announces (e.g. "new rows to process") is visible to other threads when it runs; dropped when
     * the transaction rolls back. Outside a transaction it runs at once. An exception the action
     * throws is logged and does not affect the committed transaction or later actions.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }
}
