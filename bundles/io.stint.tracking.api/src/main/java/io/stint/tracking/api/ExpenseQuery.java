package io.stint.tracking.api;

import java.time.LocalDate;

/**
 * Which expenses a list holds.
 *
 * @param userId the user every listed expense belongs to, or null for any
 * @param projectId the project every listed expense was for, or null for any
 * @param clientId the client every listed expense was for, or null for any
 * @param status the status every listed expense has, or null for any
 * @param category the category every listed expense has, or null for any
 * @param from the first day of expense dates listed, or null
 * @param to the last day of expense dates listed (inclusive), or null
 */
public record ExpenseQuery(Long userId, Long projectId, Long clientId, String status, String category,
        LocalDate from, LocalDate to) {

    /** Every expense of {@code userId}, or of every user when it is null. */
    public static ExpenseQuery of(Long userId) {
        return new ExpenseQuery(userId, null, null, null, null, null, null);
    }
}
