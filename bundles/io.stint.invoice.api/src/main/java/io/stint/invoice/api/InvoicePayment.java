package io.stint.invoice.api;

import java.time.LocalDate;

/**
 * A payment received against an invoice.
 *
 * @param date the day it was received
 * @param amountMinor the amount in minor units of the invoice's currency
 * @param method how it was paid, e.g. {@code bank_transfer}, or null
 * @param reference a reference, or null
 */
public record InvoicePayment(LocalDate date, long amountMinor, String method, String reference) {
}
