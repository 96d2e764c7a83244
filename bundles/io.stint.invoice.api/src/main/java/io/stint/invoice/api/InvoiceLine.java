package io.stint.invoice.api;

import java.math.BigDecimal;

/**
 * A line of an invoice.
 *
 * @param description what was delivered
 * @param quantity hours or units, exact
 * @param unitPriceMinor the price of one unit in minor units of the invoice's currency
 * @param amountMinor quantity × unit price, rounded half-up to a minor unit
 * @param kind {@code time}, {@code expense} or {@code other}
 */
public record InvoiceLine(String description, BigDecimal quantity, long unitPriceMinor, long amountMinor,
        String kind) {
}
