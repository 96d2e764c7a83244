package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * Money: integer minor units of an ISO-4217 currency inside (2 digits for EUR, 0 for JPY, 3 for
 * BHD), exact decimals at the edge. Products are rounded half-up to a minor unit, once.
 */
final class Money {

    /** Whole units an amount may have: far inside a long in minor units, whatever the currency. */
    static final int MAX_INTEGER_DIGITS = 13;

    private Money() {
    }

    /** Whether {@code code} is an ISO-4217 currency with minor units (not XAU, XXX and the like). */
    static boolean isCurrency(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            return false;
        }
        try {
            return Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The minor-unit digits of a currency. */
    static int digits(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /** {@code minor} units as a decimal with the currency's digits: 15010 EUR is 150.10, 1500 JPY is 1500. */
    static BigDecimal decimal(long minor, String currency) {
        return BigDecimal.valueOf(minor, digits(currency));
    }

    /**
     * {@code amount} in minor units, exactly.
     *
     * @return null when it has more decimals than the currency has or is too large (the caller says which)
     */
    static Long minor(BigDecimal amount, String currency) {
        BigDecimal a = amount.stripTrailingZeros();
        int digits = digits(currency);
        if (a.scale() > digits || a.precision() - a.scale() > MAX_INTEGER_DIGITS) {
            return null;
        }
        return a.setScale(digits).unscaledValue().longValueExact();
    }

    /** What a wrong amount in {@code currency} is told, after {@link #minor} refused it. */
    static String problem(BigDecimal amount, String currency) {
        int digits = digits(currency);
        if (amount.stripTrailingZeros().scale() > digits) {
            return digits == 0 ? "Must be a whole amount in " + currency + "."
                    : "At most " + digits + " decimal places are allowed in " + currency + ".";
        }
        return "Number out of range.";
    }

    /** quantity × unit price, rounded half-up to a minor unit. */
    static long times(BigDecimal quantity, long unitMinor) {
        return quantity.multiply(BigDecimal.valueOf(unitMinor)).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The tax on {@code subtotalMinor} at {@code ratePercent}: subtotal × rate / 100, rounded half-up. */
    static long tax(long subtotalMinor, BigDecimal ratePercent) {
        return BigDecimal.valueOf(subtotalMinor).multiply(ratePercent).movePointLeft(2)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A decimal without trailing zeros and never in exponent notation: 19.000 is 19, 7.50 is 7.5. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
