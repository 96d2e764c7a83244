package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A payment as a request gives it; for a change a null field stays as it is and an empty Optional
 * clears a text. {@code amount} is a decimal in the invoice's currency.
 */
record PaymentDraft(BigDecimal amount, LocalDate paymentDate, String currency, Optional<String> method,
        Optional<String> reference, Optional<String> notes, String status) {
}
