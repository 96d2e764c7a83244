package io.stint.invoice.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * Which blocks to bill: a user's assigned, billable, unbilled blocks that started between
 * {@code startDate} and {@code endDate} (inclusive days in the caller's zone), of the profiles
 * {@code profileIds} or of every profile of the invoice's client.
 *
 * @param userId whose blocks (an admin may name another user), or null for the caller's
 */
record BlockRequest(LocalDate startDate, LocalDate endDate, List<Long> profileIds, Long userId,
        boolean includeExpenses) {
}
