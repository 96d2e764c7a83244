package io.stint.tracking.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An expense a user paid or billed.
 *
 * @param id the expense's id
 * @param userId the user it belongs to
 * @param projectId the project it was for, or null
 * @param clientId the client it was for, or null
 * @param title a short title
 * @param description free text, or null
 * @param category a category, e.g. {@code travel}
 * @param amountMinor the amount before tax, in minor units of {@code currency}
 * @param taxMinor the tax, in minor units of {@code currency}
 * @param currency an ISO-4217 currency code
 * @param expenseDate the day of the expense
 * @param status {@code pending}, {@code approved}, {@code rejected} or {@code reimbursed}
 * @param billable whether it is billed to the client
 * @param reimbursable whether the user is to be paid back
 * @param tags its tags, possibly empty
 * @param createdAt when it was recorded
 * @param updatedAt when it last changed
 */
public record Expense(long id, long userId, Long projectId, Long clientId, String title, String description,
        String category, long amountMinor, long taxMinor, String currency, LocalDate expenseDate, String status,
        boolean billable, boolean reimbursable, List<String> tags, Instant createdAt, Instant updatedAt) {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String REIMBURSED = "reimbursed";

    /** The statuses an expense may have. */
    public static final List<String> STATUSES = List.of(PENDING, APPROVED, REJECTED, REIMBURSED);

    public Expense {
        tags = List.copyOf(tags);
    }

    /** The amount with tax, in minor units. */
    public long totalMinor() {
        return Math.addExact(amountMinor, taxMinor);
    }

    /** The expense's editable fields as they are, to start a change from. */
    public ExpenseDraft draft() {
        return new ExpenseDraft(projectId, clientId, title, description, category, amountMinor, taxMinor, currency,
                expenseDate, status, billable, reimbursable, tags);
    }
}
