package io.stint.billing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.billing.api.Rate;
import io.stint.billing.api.RateDraft;
import io.stint.billing.api.RatePeriod;
import io.stint.rest.api.Input;

/**
 * A rate on the wire: the amount both as a decimal string with the currency's digits (as
 * TimeTracker shows a client's {@code default_hourly_rate}) and as integer minor units. Requests
 * give {@code hourly_amount} as a JSON number or a decimal string, read exactly.
 */
final class RateWire {

    static final Set<String> FIELDS = Set.of("name", "currency", "hourly_amount", "effective_from", "effective_to",
            "is_active", "amount_effective_from");
    private static final String DATE = "Not a valid date (YYYY-MM-DD).";

    private RateWire() {
    }

    static Map<String, Object> toWire(Rate r, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("name", r.name());
        m.put("currency", r.currency());
        m.put("hourly_amount", Amounts.decimal(r.hourlyMinor(), r.currency()));
        m.put("hourly_minor_units", r.hourlyMinor());
        m.put("effective_from", BillingWire.date(r.effectiveFrom()));
        m.put("effective_to", BillingWire.date(r.effectiveTo()));
        m.put("is_active", r.active());
        m.put("created_at", BillingWire.local(r.createdAt(), zone));
        m.put("updated_at", BillingWire.local(r.updatedAt(), zone));
        return m;
    }

    /** A new rate from a POST body: {@code name}, {@code currency} and {@code hourly_amount} required. */
    static RateDraft draft(JsonNode body) {
        return read(body, true).apply(new RateDraft(null, null, 0, null, null, true));
    }

    /**
     * The change a PUT or PATCH body asks for. A new currency without a new amount keeps the
     * amount's value (150.00 EUR becomes 150 JPY), refused when the new currency has too few digits.
     */
    static UnaryOperator<RateDraft> changes(JsonNode body) {
        return read(body, false);
    }

    /**
     * The day (UTC) from which a new {@code hourly_amount} holds, {@code amount_effective_from};
     * null: from now. Time worked before keeps the amount it had.
     */
    static LocalDate amountFrom(JsonNode body) {
        Input in = Input.of(body, FIELDS);
        LocalDate from = in.parsed("amount_effective_from", LocalDate::parse, DATE);
        in.validate();
        return from;
    }

    /** A period of a rate's amount, for {@code GET /rates/{id}/periods}. */
    static Map<String, Object> toWire(RatePeriod p, ZoneId zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", p.from() == null ? null : BillingWire.local(p.from(), zone));
        m.put("until", p.until() == null ? null : BillingWire.local(p.until(), zone));
        m.put("currency", p.currency());
        m.put("hourly_amount", Amounts.decimal(p.hourlyMinor(), p.currency()));
        m.put("hourly_minor_units", p.hourlyMinor());
        return m;
    }

    private static UnaryOperator<RateDraft> read(JsonNode body, boolean creating) {
        Input in = Input.of(body, FIELDS);
        String name = in.string("name", Checks.MAX_NAME);
        String currency = currency(in);
        BigDecimal amount = in.decimal("hourly_amount");
        LocalDate from = in.parsed("effective_from", LocalDate::parse, DATE);
        LocalDate to = in.parsed("effective_to", LocalDate::parse, DATE);
        Boolean active = in.bool("is_active");
        BillingWire.required(in, "name", name, creating);
        BillingWire.required(in, "currency", currency, creating);
        BillingWire.required(in, "hourly_amount", amount, creating);
        BillingWire.required(in, "is_active", active, false);
        if (amount != null && amount.signum() < 0) {
            in.error("hourly_amount", "Must be greater than or equal to 0.");
        }
        in.validate();
        return d -> {
            String code = currency != null ? currency : d.currency();
            long minor = d.hourlyMinor();
            if (amount != null) {
                minor = Amounts.minor(amount, code, "hourly_amount");
            } else if (!code.equals(d.currency())) {
                minor = Amounts.minor(BigDecimal.valueOf(d.hourlyMinor(), Amounts.digits(d.currency())), code, "hourly_amount");
            }
            return new RateDraft(in.has("name") ? name : d.name(), code, minor,
                    in.has("effective_from") ? from : d.effectiveFrom(), in.has("effective_to") ? to : d.effectiveTo(),
                    active != null ? active : d.active());
        };
    }

    /** The currency code sent, upper-cased, or null (with a field error when it is not one). */
    private static String currency(Input in) {
        String code = in.string("currency", 100);
        if (code == null) {
            return null;
        }
        code = code.toUpperCase(Locale.ROOT);
        String problem = Amounts.currencyProblem(code);
        if (problem != null) {
            in.error("currency", problem);
            return null;
        }
        return code;
    }
}
