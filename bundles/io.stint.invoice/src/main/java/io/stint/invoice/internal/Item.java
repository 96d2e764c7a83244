package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A stored invoice line.
 *
 * @param kind {@code time}, {@code expense} or {@code other}
 * @param timeEntryIds the ids of the time entries it bills, comma-separated, or null
 */
record Item(long id, long invoiceId, int position, String description, BigDecimal quantity, long unitPriceMinor,
        long amountMinor, String kind, String timeEntryIds, Instant createdAt) {
}
