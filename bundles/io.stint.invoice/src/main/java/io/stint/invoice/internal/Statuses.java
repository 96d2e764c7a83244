package io.stint.invoice.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.stint.rest.api.ApiException;

/**
 * Invoice statuses and payment statuses. draft → sent | cancelled; sent → paid | overdue |
 * cancelled; overdue → paid | cancelled; paid and cancelled are final. A sent invoice past its due
 * date is shown as overdue (derived on read) without being stored so.
 */
final class Statuses {

    static final String DRAFT = "draft";
    static final String SENT = "sent";
    static final String PAID = "paid";
    static final String OVERDUE = "overdue";
    static final String CANCELLED = "cancelled";
    static final List<String> ALL = List.of(DRAFT, SENT, PAID, OVERDUE, CANCELLED);

    static final String UNPAID = "unpaid";
    static final String PARTIALLY_PAID = "partially_paid";
    static final String FULLY_PAID = "fully_paid";
    static final String OVERPAID = "overpaid";

    private static final Map<String, Set<String>> NEXT = Map.of(
            DRAFT, Set.of(SENT, CANCELLED),
            SENT, Set.of(PAID, OVERDUE, CANCELLED),
            OVERDUE, Set.of(PAID, CANCELLED),
            PAID, Set.of(),
            CANCELLED, Set.of());

    private Statuses() {
    }

    /** The status an invoice shows on {@code today}: a sent one past its due date is overdue. */
    static String shown(String stored, LocalDate dueDate, LocalDate today) {
        return SENT.equals(stored) && today.isAfter(dueDate) ? OVERDUE : stored;
    }

    /** Whether an invoice showing {@code from} may be moved to {@code to}; staying put always may. */
    static boolean allowed(String from, String to) {
        return from.equals(to) || NEXT.getOrDefault(from, Set.of()).contains(to);
    }

    /** @throws ApiException 409 {@code invalid_transition} unless {@link #allowed} */
    static void check(String from, String to) {
        if (!allowed(from, to)) {
            Set<String> next = NEXT.getOrDefault(from, Set.of());
            throw ApiException.conflict("invalid_transition", "An invoice cannot go from " + from + " to " + to
                    + (next.isEmpty() ? ": " + from + " is final." : "; from " + from + " it may go to "
                            + String.join(", ", next.stream().sorted().toList()) + "."));
        }
    }

    /** Whether the status is final: nothing about the invoice changes any more. */
    static boolean isFinal(String status) {
        return PAID.equals(status) || CANCELLED.equals(status);
    }

    /** unpaid, partially_paid, fully_paid or overpaid, from what was paid against the total. */
    static String payment(long paidMinor, long totalMinor) {
        if (paidMinor <= 0) {
            return UNPAID;
        }
        if (paidMinor < totalMinor) {
            return PARTIALLY_PAID;
        }
        return paidMinor == totalMinor ? FULLY_PAID : OVERPAID;
    }
}
