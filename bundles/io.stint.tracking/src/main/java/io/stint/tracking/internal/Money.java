package io.stint.tracking.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Money at the edge: integer minor units inside, decimals on the wire. */
final class Money {

    private Money() {
    }

    /** The number of minor-unit digits of an ISO-4217 currency (2 for EUR, 0 for JPY). */
    static int digits(String currency) {
        int d = Currency.getInstance(currency).getDefaultFractionDigits();
        return Math.max(d, 0);
    }

    /** {@code minor} units as a decimal with the currency's digits; null stays null. */
    static BigDecimal decimal(Long minor, int digits) {
        return minor == null ? null : BigDecimal.valueOf(minor, digits);
    }

    /**
     * A decimal amount as minor units.
     *
     * @throws ArithmeticException if it has more digits than the currency allows or is out of range
     */
    static long minor(BigDecimal amount, int digits) {
        return amount.setScale(digits, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
    }

    /** Whether {@code code} is an ISO-4217 currency code. */
    static boolean isCurrency(String code) {
        if (code == null || code.length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
