package io.stint.export.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request to export, on behalf of a user.
 * <p>
 * Parameter values are as a client sent them: text (from a query string or a JSON string), a
 * {@link Number}, a {@link Boolean}, or a {@link List} of those. The typed readers accept a value in
 * either form and fail with an {@link ExportException} naming the parameter.
 *
 * @param userId the user the export is for; a non-admin exports only their own data
 * @param admin whether the user is an administrator
 * @param zone the user's time zone, for day boundaries and local times in the file
 * @param parameters the parameters by name
 */
public record ExportRequest(long userId, boolean admin, ZoneId zone, Map<String, Object> parameters) {

    public ExportRequest {
        parameters = parameters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** Whether {@code name} was given (a null value counts as absent). */
    public boolean has(String name) {
        return parameters.get(name) != null;
    }

    /** The value as text, trimmed; empty when absent or blank. */
    public Optional<String> text(String name) {
        Object value = parameters.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Collection<?>) {
            throw new ExportException(name, "Must be a single value.");
        }
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** An ISO date, {@code YYYY-MM-DD}. */
    public Optional<LocalDate> date(String name) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.get()));
        } catch (DateTimeParseException e) {
            throw new ExportException(name, "Invalid date format (use YYYY-MM-DD)");
        }
    }

    /** A whole number between {@code min} and {@code max}, or {@code fallback} when absent. */
    public long integer(String name, long fallback, long min, long max) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        long value;
        try {
            value = new BigDecimal(text.get()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new ExportException(name, "Must be a whole number.");
        }
        if (value < min || value > max) {
            throw new ExportException(name, "Must be between " + min + " and " + max + ".");
        }
        return value;
    }

    /** {@code true} or {@code false} (as a JSON boolean or text), or {@code fallback} when absent. */
    public boolean bool(String name, boolean fallback) {
        Object value = parameters.get(name);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new ExportException(name, "Must be true or false.");
        };
    }

    /** One of {@code choices} (compared ignoring case, answered as listed), or {@code fallback} when absent. */
    public String choice(String name, List<String> choices, String fallback) {
        Optional<String> text = text(name);
        if (text.isEmpty()) {
            return fallback;
        }
        for (String choice : choices) {
            if (choice.equalsIgnoreCase(text.get())) {
                return choice;
            }
        }
        throw new ExportException(name, "Must be one of " + String.join(", ", choices) + ".");
    }

    /** Positive ids, as a JSON list or comma-separated text; empty when absent. */
    public List<Long> ids(String name) {
        Object value = parameters.get(name);
        if (value == null) {
            return List.of();
        }
        List<Object> items = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            items.addAll(list);
        } else {
            for (String part : value.toString().split(",")) {
                if (!part.isBlank()) {
                    items.add(part.strip());
                }
            }
        }
        List<Long> ids = new ArrayList<>();
        for (Object item : items) {
            try {
                long id = new BigDecimal(String.valueOf(item)).longValueExact();
                if (id <= 0) {
                    throw new ArithmeticException();
                }
                ids.add(id);
            } catch (ArithmeticException | NumberFormatException e) {
                throw new ExportException(name, "Must be a list of positive ids.");
            }
        }
        return List.copyOf(ids);
    }
}
