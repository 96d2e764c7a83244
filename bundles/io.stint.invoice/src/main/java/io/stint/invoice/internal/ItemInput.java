package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;

/**
 * A line as a request gives it: {@code description}, {@code quantity}, {@code unit_price} (a
 * decimal in the invoice's currency, priced once the currency is known).
 */
record ItemInput(String description, BigDecimal quantity, BigDecimal unitPrice) {

    static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(1_000_000);
    /** Largest line amount in minor units: a thousand of them still add up inside a long. */
    static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000_000_000L);

    /**
     * The lines of {@code field} (a JSON array of objects); field errors go to {@code in} as
     * {@code items[2].quantity}.
     */
    static List<ItemInput> list(io.stint.rest.api.Input in, String field) {
        JsonNode node = in.node(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            in.error(field, "Not a valid list.");
            return null;
        }
        if (node.size() > Ledger.MAX_LINES) {
            in.error(field, "At most " + Ledger.MAX_LINES + " items.");
            return null;
        }
        List<ItemInput> items = new ArrayList<>();
        for (int n = 0; n < node.size(); n++) {
            String at = field + "[" + n + "]";
            JsonNode item = node.get(n);
            if (!item.isObject()) {
                in.error(at, "Not a valid object.");
                continue;
            }
            Map<String, List<String>> errors = new LinkedHashMap<>();
            io.stint.rest.api.Input line;
            try {
                line = io.stint.rest.api.Input.of(item, java.util.Set.of("description", "quantity", "unit_price"));
                line.require("description").require("quantity").require("unit_price");
                String description = line.string("description", Line.MAX_DESCRIPTION);
                if (description == null && !line.failed("description")) {
                    line.error("description", "Missing data for required field.");
                }
                BigDecimal quantity = line.decimal("quantity");
                BigDecimal price = line.decimal("unit_price");
                if (quantity != null && (quantity.signum() <= 0 || quantity.compareTo(MAX_QUANTITY) > 0)) {
                    line.error("quantity", "Must be more than 0 and at most " + MAX_QUANTITY + ".");
                } else if (quantity != null && quantity.stripTrailingZeros().scale() > Hours.SCALE) {
                    line.error("quantity", "At most " + Hours.SCALE + " decimal places are allowed.");
                }
                if (price != null && price.signum() < 0) {
                    line.error("unit_price", "Must be greater than or equal to 0.");
                }
                line.validate();
                items.add(new ItemInput(description, Money.plain(quantity), price));
            } catch (ApiException e) {
                errors.putAll(e.errors() == null ? Map.of("_schema", List.of(e.getMessage())) : e.errors());
            }
            errors.forEach((name, messages) -> messages.forEach(m -> in.error(at + "." + name, m)));
        }
        return items;
    }

    /** The lines priced in {@code currency}; @throws ApiException 400 naming the prices that do not fit it */
    static List<Line> lines(List<ItemInput> items, String field, String currency) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<Line> lines = new ArrayList<>();
        for (int n = 0; n < items.size(); n++) {
            ItemInput item = items.get(n);
            Long unit = Money.minor(item.unitPrice(), currency);
            if (unit == null) {
                errors.put(field + "[" + n + "].unit_price", List.of(Money.problem(item.unitPrice(), currency)));
                continue;
            }
            if (item.quantity().multiply(BigDecimal.valueOf(unit)).compareTo(MAX_AMOUNT) > 0) {
                errors.put(field + "[" + n + "].unit_price", List.of("The line's amount is out of range."));
                continue;
            }
            lines.add(Line.manual(item.description(), item.quantity(), unit));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return lines;
    }
}
