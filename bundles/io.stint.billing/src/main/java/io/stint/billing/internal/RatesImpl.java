package io.stint.billing.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.billing.api.Rate;
import io.stint.billing.api.RateDraft;
import io.stint.billing.api.RatePeriod;
import io.stint.billing.api.Rates;
import io.stint.rest.api.ApiException;
import io.stint.store.api.Transactions;
import io.stint.store.api.Sql;

/**
 * Hourly rates in BILLING_RATES. Names are unique (regardless of case) only when the caller asks:
 * Stint's API does, the ChronicleCore façade's clients keep duplicate names.
 */
@Component(service = Rates.class)
public final class RatesImpl implements Rates {

    private static final String SELECT = "SELECT ID, NAME, CURRENCY, HOURLY_MINOR, EFFECTIVE_FROM, EFFECTIVE_TO, "
            + "IS_ACTIVE, CREATED_AT, UPDATED_AT FROM BILLING_RATES";

    private final Transactions tx;

    @Activate
    public RatesImpl(@Reference Transactions tx) {
        this.tx = tx;
    }

    @Override
    public Rate create(RateDraft draft, boolean uniqueName) {
        RateDraft d = normalise(draft);
        check(d);
        return tx.call(c -> {
            if (uniqueName) {
                refuseTaken(c, d.name(), -1L);
            }
            Instant now = Instant.now();
            long id = Sql.insert(c, "INSERT INTO BILLING_RATES (NAME, NAME_KEY, CURRENCY, HOURLY_MINOR, EFFECTIVE_FROM, "
                    + "EFFECTIVE_TO, IS_ACTIVE, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    d.name(), Checks.nameKey(d.name()), d.currency(), d.hourlyMinor(), d.effectiveFrom(), d.effectiveTo(),
                    d.active(), now, now);
            Sql.insert(c, "INSERT INTO BILLING_RATE_AMOUNTS (RATE_ID, STARTS_AT, HOURLY_MINOR, CURRENCY) VALUES (?, NULL, ?, ?)",
                    id, d.hourlyMinor(), d.currency());
            return find(c, id).orElseThrow();
        });
    }

    @Override
    public Optional<Rate> find(long id) {
        return tx.call(c -> find(c, id));
    }

    @Override
    public List<Rate> list(boolean activeOnly, long offset, int limit) {
        return tx.call(c -> Sql.list(c, SELECT + where(activeOnly) + " ORDER BY NAME_KEY, ID LIMIT ? OFFSET ?",
                List.of(limit, offset), RatesImpl::read));
    }

    @Override
    public long count(boolean activeOnly) {
        return tx.call(c -> Sql.number(c, "SELECT COUNT(*) FROM BILLING_RATES" + where(activeOnly), java.util.List.of()));
    }

    @Override
    public Rate update(long id, UnaryOperator<RateDraft> change, boolean uniqueName) {
        return update(id, change, uniqueName, null);
    }

    @Override
    public Rate update(long id, UnaryOperator<RateDraft> change, boolean uniqueName, LocalDate amountFrom) {
        return tx.call(c -> {
            Rate current = find(c, id).orElseThrow(() -> ApiException.notFound("Rate"));
            RateDraft d = normalise(change.apply(current.draft()));
            check(d);
            // Only a new name is checked: a rate that already shares its name can still be edited.
            if (uniqueName && !Objects.equals(Checks.nameKey(d.name()), Checks.nameKey(current.name()))) {
                refuseTaken(c, d.name(), id);
            }
            Sql.update(c, "UPDATE BILLING_RATES SET NAME = ?, NAME_KEY = ?, CURRENCY = ?, HOURLY_MINOR = ?, "
                    + "EFFECTIVE_FROM = ?, EFFECTIVE_TO = ?, IS_ACTIVE = ?, UPDATED_AT = ? WHERE ID = ?",
                    d.name(), Checks.nameKey(d.name()), d.currency(), d.hourlyMinor(), d.effectiveFrom(), d.effectiveTo(),
                    d.active(), Instant.now(), id);
            if (amountFrom != null || d.hourlyMinor() != current.hourlyMinor() || !d.currency().equals(current.currency())) {
                RateHistory.change(c, id, amountFrom == null ? Instant.now() : amountFrom.atStartOfDay(ZoneOffset.UTC).toInstant(),
                        d.hourlyMinor(), d.currency());
            }
            return find(c, id).orElseThrow();
        });
    }

    @Override
    public List<RatePeriod> periods(long rateId) {
        return tx.call(c -> {
            Optional<Rate> rate = find(c, rateId);
            return rate.isEmpty() ? List.<RatePeriod>of() : RateHistory.periods(c, rate.get());
        });
    }

    @Override
    public Rate delete(long id) {
        return tx.call(c -> {
            Rate current = find(c, id).orElseThrow(() -> ApiException.notFound("Rate"));
            if (!current.active()) {
                return current;
            }
            Sql.update(c, "UPDATE BILLING_RATES SET IS_ACTIVE = FALSE, UPDATED_AT = ? WHERE ID = ?", Instant.now(), id);
            return find(c, id).orElseThrow();
        });
    }

    private static RateDraft normalise(RateDraft d) {
        if (d == null) {
            throw ApiException.validation(Map.of("_schema", List.of("A rate is required.")));
        }
        String currency = Checks.strip(d.currency());
        return new RateDraft(Checks.strip(d.name()), currency == null ? null : currency.toUpperCase(Locale.ROOT),
                d.hourlyMinor(), d.effectiveFrom(), d.effectiveTo(), d.active());
    }

    private static void check(RateDraft d) {
        Checks checks = new Checks().name("name", d.name(), true);
        String currency = Amounts.currencyProblem(d.currency());
        if (currency != null) {
            checks.error("currency", currency);
        }
        if (d.hourlyMinor() < 0) {
            checks.error("hourly_amount", "Must be greater than or equal to 0.");
        }
        if (d.effectiveFrom() != null && d.effectiveTo() != null && d.effectiveTo().isBefore(d.effectiveFrom())) {
            checks.error("effective_to", "Must not be before effective_from.");
        }
        checks.check();
    }

    private static void refuseTaken(Connection c, String name, long self) throws SQLException {
        if (Sql.exists(c, "SELECT 1 FROM BILLING_RATES WHERE NAME_KEY = ? AND ID <> ?", Checks.nameKey(name), self)) {
            throw ApiException.conflict("duplicate_name", "Rate name already exists");
        }
    }

    private static String where(boolean activeOnly) {
        return activeOnly ? " WHERE IS_ACTIVE = TRUE" : "";
    }

    private static Optional<Rate> find(Connection c, long id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE ID = ?", List.of(id), RatesImpl::read);
    }

    private static Rate read(ResultSet rs) throws SQLException {
        return new Rate(rs.getLong("ID"), rs.getString("NAME"), rs.getString("CURRENCY"), rs.getLong("HOURLY_MINOR"),
                Sql.date(rs, "EFFECTIVE_FROM"), Sql.date(rs, "EFFECTIVE_TO"), rs.getBoolean("IS_ACTIVE"),
                Sql.instant(rs, "CREATED_AT"), Sql.instant(rs, "UPDATED_AT"));
    }
}
