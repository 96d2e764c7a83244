package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What time to bill: the entries {@code entryIds}, or the unbilled billable entries of the invoice's
 * client (or project) that started between {@code startDate} and {@code endDate} (both inclusive,
 * in the caller's zone; either may be open).
 *
 * @param groupBy {@code entry}, {@code project}, {@code task} or {@code day}
 * @param hourlyRate the price of an hour in the invoice's currency, for entries whose project and
 *        client have no rate; or null
 * @param includeExpenses whether the client's billable expenses in the range are billed too
 */
record TimeRequest(List<Long> entryIds, LocalDate startDate, LocalDate endDate, String groupBy,
        BigDecimal hourlyRate, boolean includeExpenses) {

    static final List<String> GROUPS = List.of("entry", "project", "task", "day");
}
