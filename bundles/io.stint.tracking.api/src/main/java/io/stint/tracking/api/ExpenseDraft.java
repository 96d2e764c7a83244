package io.stint.tracking.api;

import java.time.LocalDate;
import java.util.List;

/**
 * The editable fields of an expense, to create one or as the result of a change.
 *
 * @param projectId an existing project, or null
 * @param clientId an existing client, or null; on creation it defaults to the project's client
 * @param title required
 * @param description free text, or null
 * @param category required
 * @param amountMinor required, more than zero, in minor units of {@code currency}
 * @param taxMinor not negative, in minor units of {@code currency}; null means zero
 * @param currency an ISO-4217 currency code; null means {@link ExpenseService#defaultCurrency()}
 * @param expenseDate required
 * @param status one of {@link Expense#STATUSES}; null means pending
 * @param billable whether it is billed to the client
 * @param reimbursable whether the user is to be paid back
 * @param tags its tags, or null for none
 */
public record ExpenseDraft(Long projectId, Long clientId, String title, String description, String category,
        Long amountMinor, Long taxMinor, String currency, LocalDate expenseDate, String status, boolean billable,
        boolean reimbursable, List<String> tags) {
}
