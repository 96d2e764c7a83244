package io.stint.invoice.pdf.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Formats an invoice's numbers: money from minor units as {@code 1,234.50 ZAR} (the currency's own
 * number of digits, {@code ,} grouping, {@code .} decimals, the ISO code after), quantities and tax
 * rates as plain decimals without trailing zeros. Exact decimal arithmetic only, never double.
 */
final class Amounts {

    /** Quantities show at most this many decimals (a thousandth of an hour is 3.6 seconds). */
    static final int QUANTITY_DECIMALS = 3;

    private final String currency;
    private final int digits;

    private Amounts(String currency, int digits) {
        this.currency = currency;
        this.digits = digits;
    }

    /** For an ISO-4217 code; an unknown code is refused rather than printed with guessed digits. */
    static Amounts of(String currencyCode) {
        if (currencyCode == null) {
            throw new IllegalArgumentException("The invoice has no currency.");
        }
        Currency currency = Currency.getInstance(currencyCode.trim().toUpperCase(java.util.Locale.ROOT));
        // Pseudo-currencies (XAU, XXX) report -1: they have no minor unit, so minor = major.
        return new Amounts(currency.getCurrencyCode(), Math.max(0, currency.getDefaultFractionDigits()));
    }

    /** {@code 123450} ZAR → {@code 1,234.50 ZAR}; {@code 1234} JPY → {@code 1,234 JPY}. */
    String money(long minor) {
        return grouped(BigDecimal.valueOf(minor, digits)) + " " + currency;
    }

    /** {@code 1.50} → {@code 1.5}, {@code 2.000} → {@code 2}, {@code 0.3333} → {@code 0.333}. */
    static String quantity(BigDecimal quantity) {
        if (quantity == null) {
            return "";
        }
        BigDecimal shown = quantity.scale() > QUANTITY_DECIMALS
                ? quantity.setScale(QUANTITY_DECIMALS, RoundingMode.HALF_UP) : quantity;
        return grouped(shown.stripTrailingZeros());
    }

    /** {@code 15.00} → {@code 15%}, {@code 7.50} → {@code 7.5%}. */
    static String percent(BigDecimal rate) {
        return (rate == null ? "0" : rate.stripTrailingZeros().toPlainString()) + "%";
    }

    /** The plain decimal with its integer part grouped by thousands. */
    static String grouped(BigDecimal value) {
        String plain = value.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder(plain.length() + integer.length() / 3 + 1);
        if (value.signum() < 0) {
            out.append('-');
        }
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(integer.charAt(i));
        }
        return dot < 0 ? out.toString() : out.append(plain, dot, plain.length()).toString();
    }
}
