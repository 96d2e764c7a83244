package io.stint.compat.chronicle.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.regex.Pattern;

/**
 * Money at ChronicleCore's edge: amounts in major units as exact decimals ({@code 150.00}), integer
 * minor units inside ({@code 15000}), with each currency's own number of digits.
 */
final class Amounts {

    static final String DEFAULT_CURRENCY = "USD";
    static final String INVALID_CURRENCY = "Invalid currency code - must be 3-letter ISO 4217 code (e.g., USD, ZAR, EUR)";
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Amounts() {
    }

    /** A currency as sent: absent means {@value #DEFAULT_CURRENCY}; otherwise three upper-case letters of ISO 4217. */
    static String currency(String code) {
        if (code == null || code.isEmpty()) {
            return DEFAULT_CURRENCY;
        }
        if (!CODE.matcher(code).matches()) {
            throw ChronicleException.invalid(INVALID_CURRENCY);
        }
        try {
            Currency.getInstance(code);
            return code;
        } catch (IllegalArgumentException e) {
            throw ChronicleException.invalid(INVALID_CURRENCY);
        }
    }

    /** The minor-unit digits of {@code currency} (2 for ZAR, 0 for JPY; 2 when unknown). */
    static int digits(String currency) {
        try {
            return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        } catch (IllegalArgumentException | NullPointerException e) {
            return 2;
        }
    }

    /** {@code amount} major units as minor units: 150.00 ZAR is 15000; more digits than the currency has is a 400. */
    static long minor(BigDecimal amount, String currency) {
        try {
            return amount.setScale(digits(currency), RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw ChronicleException.invalid("hourly_amount must have at most " + digits(currency)
                    + " decimal places for " + currency);
        }
    }

    /** {@code minor} units as major units with the currency's digits: 15000 ZAR is 150.00. */
    static BigDecimal major(long minor, String currency) {
        return BigDecimal.valueOf(minor, digits(currency));
    }
}
