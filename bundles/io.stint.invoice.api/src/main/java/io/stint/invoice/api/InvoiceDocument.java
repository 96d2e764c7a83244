package io.stint.invoice.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as a renderer sees it. Money is in minor units of {@link #currency()} (its number of
 * digits is {@link java.util.Currency#getDefaultFractionDigits()}).
 *
 * @param number the invoice number
 * @param status {@code draft}, {@code sent}, {@code paid}, {@code overdue} or {@code cancelled}
 * @param issueDate the issue date
 * @param dueDate the due date
 * @param currency ISO-4217 code
 * @param issuer who issues it
 * @param client whom it is for, as a snapshot
 * @param projectName the project it is for, or null
 * @param lines its lines
 * @param subtotalMinor the sum of the lines
 * @param taxRate the tax rate in percent, e.g. {@code 15} or {@code 7.5}
 * @param taxMinor the tax: subtotal × rate / 100, rounded half-up to a minor unit
 * @param totalMinor subtotal + tax
 * @param payments payments received
 * @param paidMinor the sum of the payments
 * @param paymentStatus {@code unpaid}, {@code partially_paid}, {@code fully_paid} or {@code overpaid}
 * @param notes free text for the client, or null
 * @param terms payment terms, or null
 */
public record InvoiceDocument(String number, String status, LocalDate issueDate, LocalDate dueDate, String currency,
        Party issuer, Party client, String projectName, List<InvoiceLine> lines, long subtotalMinor,
        BigDecimal taxRate, long taxMinor, long totalMinor, List<InvoicePayment> payments, long paidMinor,
        String paymentStatus, String notes, String terms) {

    public InvoiceDocument {
        lines = List.copyOf(lines);
        payments = List.copyOf(payments);
    }

    /** What is still owed: total − paid, never below zero. */
    public long dueMinor() {
        return Math.max(0, totalMinor - paidMinor);
    }
}
