package io.stint.tracking.api;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Stint's expenses. Expenses are never deleted: deleting one rejects it, and it stays readable.
 * <p>
 * Methods that act for a person take {@code actingUser}: the id of a regular user, who sees and
 * changes only their own expenses (another user's is not found) and may not approve or reimburse;
 * or null for an administrator or a module acting with full rights. Failures are Stint's API
 * exceptions ({@code io.stint.rest.api.ApiException}): 404 for an id that does not exist (or
 * belongs to someone else), 400 with field errors for invalid input.
 */
@ProviderType
public interface ExpenseService {

    /** The ISO-4217 currency new expenses get when their draft names none. */
    String defaultCurrency();

    /** Records an expense of {@code userId} from {@code draft}. */
    Expense create(long userId, ExpenseDraft draft);

    /** The expense with {@code id}, when {@code actingUser} may see it. */
    Optional<Expense> find(long id, Long actingUser);

    /** A page of the expenses {@code query} selects, newest expense date first. */
    List<Expense> list(ExpenseQuery query, long offset, int limit);

    /** The number of expenses {@code query} selects. */
    long count(ExpenseQuery query);

    /**
     * Changes the expense with {@code id} to what {@code change} makes of its current fields, in
     * one transaction.
     */
    Expense update(long id, Long actingUser, UnaryOperator<ExpenseDraft> change);

    /** Rejects the expense with {@code id}: its status becomes {@link Expense#REJECTED}. */
    Expense reject(long id, Long actingUser);
}
