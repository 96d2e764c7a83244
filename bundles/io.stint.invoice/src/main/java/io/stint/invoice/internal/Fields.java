package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;

/** Reading invoicing's request fields and query parameters with TimeTracker's field errors. */
final class Fields {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Fields() {
    }

    /** A date {@code YYYY-MM-DD}; null when absent. */
    static LocalDate date(Input in, String field) {
        return in.parsed(field, LocalDate::parse, "Not a valid date.");
    }

    /** An ISO-4217 code, upper-cased; null when absent. */
    static String currency(Input in, String field) {
        String code = in.string(field, 10);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        if (!Money.isCurrency(code)) {
            in.error(field, "Not a known ISO-4217 currency code.");
            return null;
        }
        return code;
    }

    /** A tax rate in percent, 0–100 with at most 3 decimals; null when absent. */
    static BigDecimal taxRate(Input in, String field) {
        BigDecimal rate = in.decimal(field);
        if (rate == null) {
            return null;
        }
        if (rate.signum() < 0 || rate.compareTo(HUNDRED) > 0) {
            in.error(field, "Must be between 0 and 100.");
            return null;
        }
        if (rate.stripTrailingZeros().scale() > 3) {
            in.error(field, "At most 3 decimal places are allowed.");
            return null;
        }
        return Money.plain(rate);
    }

    /** A positive whole number; null when absent. */
    static Long id(Input in, String field) {
        Long id = in.integer(field);
        if (id != null && id < 1) {
            in.error(field, "Must be a positive whole number.");
            return null;
        }
        return id;
    }

    /** A list of positive ids (a JSON array of integers); null when absent. */
    static List<Long> ids(Input in, String field, int max) {
        var node = in.node(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.size() == 0) {
            in.error(field, "Must be a non-empty list of ids.");
            return null;
        }
        if (node.size() > max) {
            in.error(field, "At most " + max + " ids.");
            return null;
        }
        List<Long> ids = new java.util.ArrayList<>();
        for (var item : node) {
            if (!item.isIntegralNumber() || !item.canConvertToLong() || item.asLong() < 1) {
                in.error(field, "Must be a non-empty list of ids.");
                return null;
            }
            if (!ids.contains(item.asLong())) {
                ids.add(item.asLong());
            }
        }
        return ids;
    }

    /** A text of at most {@code max} characters: absent → null, null or blank → empty (cleared). */
    static Optional<String> clearable(Input in, String field, int max) {
        return in.has(field) ? Optional.ofNullable(in.string(field, max)) : null;
    }

    /** A path id: anything but a positive whole number is not found. */
    static long pathId(String text, String what) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not found below
        }
        throw ApiException.notFound(what);
    }

    /** An optional positive whole number in a query parameter. */
    static Long queryId(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidField(name, "Not a valid integer.");
    }
}
