package io.stint.billing.internal;

import static io.stint.billing.internal.BillingFixture.assertConflict;
import static io.stint.billing.internal.BillingFixture.assertFieldErrors;
import static io.stint.billing.internal.BillingFixture.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.billing.api.Service;
import io.stint.billing.api.ServiceDraft;

/** Services against a real in-memory HSQLDB with the module's schema. */
class ServicesImplTest {

    private final BillingFixture f = new BillingFixture();

    @Test
    void aCreatedServiceIsStoredWithATrimmedNameAndCanBeReadBack() {
        Service created = f.services.create(new ServiceDraft("  Development ", true));
        Service read = f.services.find(created.id()).orElseThrow();
        assertEquals("Development", read.name());
        assertTrue(read.active());
        assertNotNull(read.createdAt());
        assertEquals(1, created.id(), "ids start at 1");
    }

    @Test
    void aBlankOrTooLongNameIsAFieldErrorAndNothingIsStored() {
        assertFieldErrors(() -> f.services.create(new ServiceDraft("   ", true)), "name");
        assertFieldErrors(() -> f.services.create(new ServiceDraft(null, true)), "name");
        assertFieldErrors(() -> f.services.create(new ServiceDraft("x".repeat(256), true)), "name");
        assertEquals(0, f.services.count(false));
    }

    @Test
    void aNameOf255CharactersIsAccepted() {
        assertEquals(255, f.services.create(new ServiceDraft("x".repeat(255), true)).name().length());
    }

    @Test
    void aDuplicateNameIsAConflictRegardlessOfCaseAndNothingIsStored() {
        f.service("Dev");
        assertConflict(() -> f.services.create(new ServiceDraft("dev", true)));
        assertConflict(() -> f.services.create(new ServiceDraft(" DEV ", true)));
        assertEquals(1, f.services.count(false));
    }

    @Test
    void aDeactivatedServiceStillHoldsItsName() {
        f.services.delete(f.service("Dev"));
        assertConflict(() -> f.services.create(new ServiceDraft("Dev", true)));
    }

    @Test
    void renamingToAnotherServicesNameIsAConflictButARecasingOfItsOwnIsNot() {
        long dev = f.service("Dev");
        f.service("Design");
        assertConflict(() -> f.services.update(dev, d -> new ServiceDraft("design", d.active())));
        assertEquals("Dev", f.services.find(dev).orElseThrow().name());
        assertEquals("DEV", f.services.update(dev, d -> new ServiceDraft("DEV", d.active())).name());
    }

    @Test
    void deleteDeactivatesTheServiceWhichLeavesTheActiveListButStaysReadable() {
        long dev = f.service("Dev");
        f.service("Design");
        Service deleted = f.services.delete(dev);
        assertFalse(deleted.active());
        assertFalse(f.services.find(dev).orElseThrow().active());
        assertEquals(List.of("Design"), names(f.services.list(true, 0, 10)));
        assertEquals(List.of("Design", "Dev"), names(f.services.list(false, 0, 10)));
        assertEquals(1, f.services.count(true));
        assertEquals(2, f.services.count(false));
    }

    @Test
    void anUpdateCanReactivateAService() {
        long dev = f.service("Dev");
        f.services.delete(dev);
        assertTrue(f.services.update(dev, d -> new ServiceDraft(d.name(), true)).active());
    }

    @Test
    void listsArePagedByNameWhateverTheCase() {
        for (String name : List.of("delta", "Alpha", "charlie", "Bravo", "echo")) {
            f.service(name);
        }
        assertEquals(List.of("charlie", "delta"), names(f.services.list(true, 2, 2)));
    }

    @Test
    void anUnknownServiceIsNotFound() {
        assertNotFound(() -> f.services.update(99, d -> d));
        assertNotFound(() -> f.services.delete(99));
        assertTrue(f.services.find(99).isEmpty());
    }

    private static List<String> names(List<Service> services) {
        return services.stream().map(Service::name).toList();
    }
}
