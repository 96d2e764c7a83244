package io.stint.invoice.api;

/**
 * Who issues or receives an invoice, as it was when the invoice was made (a snapshot: later changes
 * to the client do not change issued invoices).
 *
 * @param name the name
 * @param email an e-mail address, or null
 * @param address a postal address, possibly several lines, or null
 * @param taxId a tax or VAT number, or null
 */
public record Party(String name, String email, String address, String taxId) {
}
