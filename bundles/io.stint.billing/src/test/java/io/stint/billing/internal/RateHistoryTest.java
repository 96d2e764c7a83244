package io.stint.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.billing.api.RateDraft;
import io.stint.billing.api.RatePeriod;

/** A rate's amounts over time: time is billed at the amount in force when it was worked. */
class RateHistoryTest {

    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");

    private final BillingFixture f = new BillingFixture();

    private static RateDraft amount(RateDraft d, long minor) {
        return new RateDraft(d.name(), d.currency(), minor, d.effectiveFrom(), d.effectiveTo(), d.active());
    }

    @Test
    void aNewRateHasOneOpenPeriodAtItsAmount() {
        long id = f.rate("Standard", "ZAR", 15_000);
        assertEquals(List.of(new RatePeriod(id, null, null, 15_000, "ZAR")), f.rates.periods(id));
    }

    @Test
    void anAmountChangedFromADayStartsANewPeriodThatDayAndEarlierTimeKeepsTheOldAmount() {
        long id = f.rate("Standard", "ZAR", 15_000);
        f.rates.update(id, d -> amount(d, 18_000), true, LocalDate.of(2026, 3, 1));
        List<RatePeriod> periods = f.rates.periods(id);
        assertEquals(List.of(new RatePeriod(id, null, MARCH, 15_000, "ZAR"), new RatePeriod(id, MARCH, null, 18_000, "ZAR")),
                periods);
        assertEquals(15_000, RatePeriod.at(periods, MARCH.minusSeconds(1)).orElseThrow().hourlyMinor());
        assertEquals(18_000, RatePeriod.at(periods, MARCH).orElseThrow().hourlyMinor());
        assertEquals(18_000, f.rates.find(id).orElseThrow().hourlyMinor());
    }

    @Test
    void anEarlierChangeReplacesEveryAmountThatStartedSince() {
        long id = f.rate("Standard", "EUR", 100);
        f.rates.update(id, d -> amount(d, 200), true, LocalDate.of(2026, 6, 1));
        f.rates.update(id, d -> amount(d, 300), true, LocalDate.of(2026, 3, 1));
        assertEquals(List.of(new RatePeriod(id, null, MARCH, 100, "EUR"), new RatePeriod(id, MARCH, null, 300, "EUR")),
                f.rates.periods(id));
    }

    @Test
    void anUpdateThatLeavesTheAmountAloneAddsNoPeriod() {
        long id = f.rate("Standard", "EUR", 100);
        f.rates.update(id, d -> new RateDraft("Renamed", d.currency(), d.hourlyMinor(), d.effectiveFrom(), d.effectiveTo(),
                d.active()), true);
        assertEquals(1, f.rates.periods(id).size());
    }

    @Test
    void anAmountChangedWithoutADayHoldsFromNow() {
        long id = f.rate("Standard", "EUR", 100);
        Instant before = Instant.now();
        f.rates.update(id, d -> amount(d, 250), true);
        List<RatePeriod> periods = f.rates.periods(id);
        assertEquals(2, periods.size());
        assertTrue(!periods.get(1).from().isBefore(before));
        assertEquals(250, periods.get(1).hourlyMinor());
    }

    @Test
    void periodsAreCutToTheRatesEffectiveDays() {
        long id = f.rates.create(new RateDraft("Summer", "EUR", 100, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 31), true),
                true).id();
        List<RatePeriod> periods = f.rates.periods(id);
        assertEquals(List.of(new RatePeriod(id, MARCH, JUNE, 100, "EUR")), periods);
        assertTrue(RatePeriod.at(periods, MARCH.minusSeconds(1)).isEmpty());
        assertTrue(RatePeriod.at(periods, JUNE).isEmpty());
    }

    @Test
    void anUnknownRateHasNoPeriods() {
        assertEquals(List.of(), f.rates.periods(999));
    }
}
