package io.stint.billing.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.stint.billing.api.Rate;
import io.stint.billing.api.RatePeriod;
import io.stint.store.api.Sql;

/**
 * A rate's amounts over time in BILLING_RATE_AMOUNTS: each row holds from its STARTS_AT (null: since
 * always) until the next row's.
 */
final class RateHistory {

    private record Amount(Instant startsAt, long hourlyMinor, String currency) {
    }

    private RateHistory() {
    }

    /** Makes {@code hourlyMinor} hold from {@code from} on, replacing every amount that started since. */
    static void change(Connection c, long rateId, Instant from, long hourlyMinor, String currency) throws SQLException {
        Sql.update(c, "DELETE FROM BILLING_RATE_AMOUNTS WHERE RATE_ID = ? AND STARTS_AT >= ?", rateId, from);
        List<Amount> before = amounts(c, rateId);
        Amount last = before.isEmpty() ? null : before.get(before.size() - 1);
        if (last != null && last.hourlyMinor() == hourlyMinor && last.currency().equals(currency)) {
            return;
        }
        Sql.insert(c, "INSERT INTO BILLING_RATE_AMOUNTS (RATE_ID, STARTS_AT, HOURLY_MINOR, CURRENCY) VALUES (?, ?, ?, ?)",
                rateId, last == null ? null : from, hourlyMinor, currency);
    }

    /** The rate's periods, oldest first, cut to its effective days (UTC). */
    static List<RatePeriod> periods(Connection c, Rate rate) throws SQLException {
        Instant first = rate.effectiveFrom() == null ? null : rate.effectiveFrom().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = rate.effectiveTo() == null ? null
                : rate.effectiveTo().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Amount> amounts = amounts(c, rate.id());
        List<RatePeriod> periods = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Amount a = amounts.get(i);
            Instant from = latest(a.startsAt(), first);
            Instant until = earliest(i + 1 < amounts.size() ? amounts.get(i + 1).startsAt() : null, end);
            if (from == null || until == null || from.isBefore(until)) {
                periods.add(new RatePeriod(rate.id(), from, until, a.hourlyMinor(), a.currency()));
            }
        }
        return periods;
    }

    private static List<Amount> amounts(Connection c, long rateId) throws SQLException {
        return Sql.list(c, "SELECT STARTS_AT, HOURLY_MINOR, CURRENCY FROM BILLING_RATE_AMOUNTS WHERE RATE_ID = ? "
                + "ORDER BY STARTS_AT NULLS FIRST, ID", List.of(rateId),
                rs -> new Amount(Sql.instant(rs, "STARTS_AT"), rs.getLong("HOURLY_MINOR"), rs.getString("CURRENCY")));
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
