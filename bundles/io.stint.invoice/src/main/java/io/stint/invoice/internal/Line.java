package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A line about to be stored: what it bills and at which price, in minor units of the invoice's
 * currency. Its amount is quantity × unit price, rounded half-up to a minor unit.
 */
record Line(String description, BigDecimal quantity, long unitPriceMinor, String kind, List<Source> sources) {

    static final String TIME = "time";
    static final String EXPENSE = "expense";
    static final String OTHER = "other";
    static final int MAX_DESCRIPTION = 500;

    Line {
        description = description.length() <= MAX_DESCRIPTION ? description : description.substring(0, MAX_DESCRIPTION);
        sources = List.copyOf(sources);
    }

    /** A line a person typed in: no sources. */
    static Line manual(String description, BigDecimal quantity, long unitPriceMinor) {
        return new Line(description, quantity, unitPriceMinor, OTHER, List.of());
    }

    long amountMinor() {
        return Money.times(quantity, unitPriceMinor);
    }

    /** The ids of the time entries it bills, comma-separated as TimeTracker's items show them, or null. */
    String timeEntryIds() {
        String ids = sources.stream().filter(s -> Source.ENTRY.equals(s.kind())).map(s -> Long.toString(s.id()))
                .collect(Collectors.joining(","));
        return ids.isEmpty() ? null : ids;
    }
}
