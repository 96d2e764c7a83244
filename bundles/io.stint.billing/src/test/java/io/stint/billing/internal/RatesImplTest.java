package io.stint.billing.internal;

import static io.stint.billing.internal.BillingFixture.assertConflict;
import static io.stint.billing.internal.BillingFixture.assertFieldErrors;
import static io.stint.billing.internal.BillingFixture.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.billing.api.Rate;
import io.stint.billing.api.RateDraft;

/** Rates against a real in-memory HSQLDB with the module's schema. */
class RatesImplTest {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    private static final LocalDate DEC = LocalDate.of(2026, 12, 31);

    private final BillingFixture f = new BillingFixture();

    @Test
    void aCreatedRateIsStoredWithItsCurrencyUpperCasedAndCanBeReadBack() {
        Rate created = f.rates.create(new RateDraft(" Standard ", " zar", 15_000, JAN, DEC, true), true);
        Rate read = f.rates.find(created.id()).orElseThrow();
        assertEquals(new Rate(created.id(), "Standard", "ZAR", 15_000, JAN, DEC, true, read.createdAt(), read.updatedAt()), read);
    }

    @Test
    void aDuplicateNameIsAConflictRegardlessOfCaseWhenNamesMustBeUniqueAndNothingIsStored() {
        f.rate("Standard", "EUR", 100);
        assertConflict(() -> f.rates.create(new RateDraft("STANDARD", "EUR", 200, null, null, true), true));
        assertEquals(1, f.rates.count(false));
    }

    @Test
    void aDuplicateNameIsAcceptedWhenNamesNeedNotBeUnique() {
        f.rate("Standard", "EUR", 100);
        f.rates.create(new RateDraft("Standard", "USD", 200, null, null, true), false);
        assertEquals(2, f.rates.count(false));
        assertConflict(() -> f.rates.create(new RateDraft("standard", "EUR", 300, null, null, true), true));
    }

    @Test
    void renamingToATakenNameIsAConflictOnlyWhenNamesMustBeUnique() {
        f.rate("Standard", "EUR", 100);
        long other = f.rate("Weekend", "EUR", 150);
        assertConflict(() -> f.rates.update(other, d -> named(d, "standard"), true));
        assertEquals("Weekend", f.rates.find(other).orElseThrow().name());
        assertEquals("Standard", f.rates.update(other, d -> named(d, "Standard"), false).name());
    }

    @Test
    void aRateSharingItsNameCanStillBeEditedWhenNamesMustBeUnique() {
        f.rate("Standard", "EUR", 100);
        long twin = f.rates.create(new RateDraft("Standard", "EUR", 200, null, null, true), false).id();
        Rate changed = f.rates.update(twin, d -> new RateDraft(d.name(), d.currency(), 250, d.effectiveFrom(),
                d.effectiveTo(), d.active()), true);
        assertEquals(250, changed.hourlyMinor());
    }

    @Test
    void aCurrencyThatIsNotABillableIso4217CodeIsAFieldError() {
        for (String code : new String[] { "EURO", "E1R", "ZZZ", "XXX", "", null }) {
            assertFieldErrors(() -> f.rates.create(new RateDraft("Standard", code, 100, null, null, true), true), "currency");
        }
        assertEquals(0, f.rates.count(false));
    }

    @Test
    void aNegativeAmountABlankNameAndAnEndBeforeTheStartAreFieldErrorsTogether() {
        assertFieldErrors(() -> f.rates.create(new RateDraft(" ", "EUR", -1, DEC, JAN, true), true),
                "name", "hourly_amount", "effective_to");
        assertEquals(0, f.rates.count(false));
    }

    @Test
    void aRateMayApplyForASingleDayOrOpenEnded() {
        assertEquals(JAN, f.rates.create(new RateDraft("One day", "EUR", 0, JAN, JAN, true), true).effectiveTo());
        assertEquals(JAN, f.rates.create(new RateDraft("From", "EUR", 0, JAN, null, true), true).effectiveFrom());
    }

    @Test
    void anUpdateMovingTheEndBeforeTheStartIsRefusedAndChangesNothing() {
        long id = f.rates.create(new RateDraft("Standard", "EUR", 100, JAN, DEC, true), true).id();
        assertFieldErrors(() -> f.rates.update(id, d -> new RateDraft(d.name(), d.currency(), d.hourlyMinor(),
                d.effectiveFrom(), JAN.minusDays(1), d.active()), true), "effective_to");
        assertEquals(DEC, f.rates.find(id).orElseThrow().effectiveTo());
    }

    @Test
    void deleteDeactivatesTheRateWhichLeavesTheActiveListButStaysReadable() {
        long standard = f.rate("Standard", "EUR", 100);
        f.rate("Weekend", "EUR", 150);
        assertFalse(f.rates.delete(standard).active());
        assertFalse(f.rates.find(standard).orElseThrow().active());
        assertEquals(List.of("Weekend"), f.rates.list(true, 0, 10).stream().map(Rate::name).toList());
        assertEquals(List.of("Standard", "Weekend"), f.rates.list(false, 0, 10).stream().map(Rate::name).toList());
        assertEquals(1, f.rates.count(true));
    }

    @Test
    void anUnknownRateIsNotFound() {
        assertNotFound(() -> f.rates.update(7, d -> d, true));
        assertNotFound(() -> f.rates.delete(7));
    }

    private static RateDraft named(RateDraft d, String name) {
        return new RateDraft(name, d.currency(), d.hourlyMinor(), d.effectiveFrom(), d.effectiveTo(), d.active());
    }
}
