package io.stint.billing.internal;

import java.math.BigDecimal;
import java.util.Currency;

import io.stint.rest.api.ApiException;

/** Money at the edge: integer minor units of an ISO-4217 currency inside, exact decimals outside. */
final class Amounts {

    /** Whole units an amount may have: with at most three decimals it stays well within a long. */
    static final int MAX_INTEGER_DIGITS = 15;

    private Amounts() {
    }

    /** What is wrong with {@code code} (already upper-cased) as a billing currency, or null when nothing is. */
    static String currencyProblem(String code) {
        if (code == null) {
            return Checks.MISSING;
        }
        if (!code.matches("[A-Z]{3}")) {
            return "Must be a three-letter ISO-4217 currency code.";
        }
        try {
            // XXX, XAU and the like are codes without minor units: nothing an hourly rate is billed in.
            if (Currency.getInstance(code).getDefaultFractionDigits() < 0) {
                return "Not a currency a rate can be billed in.";
            }
            return null;
        } catch (IllegalArgumentException e) {
            return "Not a known ISO-4217 currency code.";
        }
    }

    /** The minor-unit digits of a valid currency: 2 for EUR, 0 for JPY, 3 for BHD. */
    static int digits(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /**
     * {@code amount} in minor units of {@code currency}, exactly.
     *
     * @throws ApiException 400 on {@code field}: negative, more decimals than the currency has, or too large
     */
    static long minor(BigDecimal amount, String currency, String field) {
        if (amount.signum() < 0) {
            throw ApiException.invalidField(field, "Must be greater than or equal to 0.");
        }
        // Stripped first: 150.100 is 150.10, and a huge scale is refused before setScale would compute with it.
        BigDecimal a = amount.stripTrailingZeros();
        int digits = digits(currency);
        if (a.scale() > digits) {
            throw ApiException.invalidField(field, digits == 0 ? "Must be a whole amount in " + currency + "."
                    : "At most " + digits + " decimal places are allowed in " + currency + ".");
        }
        if (a.precision() - a.scale() > MAX_INTEGER_DIGITS) {
            throw ApiException.invalidField(field, "Number out of range.");
        }
        return a.setScale(digits).unscaledValue().longValueExact();
    }

    /** {@code minor} units as a decimal string with the currency's digits: 15010 EUR is "150.10". */
    static String decimal(long minor, String currency) {
        return BigDecimal.valueOf(minor, digits(currency)).toPlainString();
    }
}
