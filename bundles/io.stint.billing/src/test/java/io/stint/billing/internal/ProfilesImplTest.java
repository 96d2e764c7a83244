package io.stint.billing.internal;

import static io.stint.billing.internal.BillingFixture.assertConflict;
import static io.stint.billing.internal.BillingFixture.assertFieldErrors;
import static io.stint.billing.internal.BillingFixture.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.billing.api.Profile;
import io.stint.billing.api.ProfileDraft;
import io.stint.tracking.api.ClientDraft;

/** Profiles against a real in-memory HSQLDB with tracking's and billing's schemas and tracking's real services. */
class ProfilesImplTest {

    private final BillingFixture f = new BillingFixture();
    private final long acme = f.client("Acme");
    private final long web = f.project("Website", acme);
    private final long dev = f.service("Development");
    private final long standard = f.rate("Standard", "EUR", 15_010);

    @Test
    void aCreatedProfileCarriesTheNamesOfWhatItRefersToAndItsRate() {
        Profile p = f.profiles.create(new ProfileDraft(acme, web, dev, standard, "  Acme web  "));
        Profile read = f.profiles.find(p.id()).orElseThrow();
        assertEquals(new Profile(p.id(), acme, "Acme", web, "Website", dev, "Development", standard, "Standard", 15_010,
                "EUR", "Acme web", true, read.createdAt(), read.updatedAt()), read);
    }

    @Test
    void theProjectAndTheDisplayNameAreOptional() {
        Profile p = f.profiles.create(new ProfileDraft(acme, null, dev, standard, "   "));
        assertNull(p.projectId());
        assertNull(p.projectName());
        assertNull(p.name());
    }

    @Test
    void unknownClientProjectServiceAndRateAreFieldErrorsTogetherAndNothingIsStored() {
        assertFieldErrors(() -> f.profiles.create(new ProfileDraft(99, 98L, 97, 96, null)),
                "client_id", "project_id", "service_id", "rate_id");
        assertEquals(0, f.profiles.count(false));
    }

    @Test
    void inactiveClientServiceAndRateAreFieldErrors() {
        f.clients.archive(acme);
        f.services.delete(dev);
        f.rates.delete(standard);
        assertFieldErrors(() -> f.profiles.create(new ProfileDraft(acme, null, dev, standard, null)),
                "client_id", "service_id", "rate_id");
    }

    @Test
    void aProjectOfAnotherClientIsAFieldError() {
        long globex = f.client("Globex");
        assertFieldErrors(() -> f.profiles.create(new ProfileDraft(globex, web, dev, standard, null)), "project_id");
    }

    @Test
    void movingAProfileToAnotherClientWithoutItsProjectIsAFieldError() {
        long globex = f.client("Globex");
        Profile p = f.profiles.create(new ProfileDraft(acme, web, dev, standard, null));
        assertFieldErrors(() -> f.profiles.update(p.id(), d -> new ProfileDraft(globex, d.projectId(), d.serviceId(),
                d.rateId(), d.name())), "project_id");
        assertEquals("Globex", f.profiles.update(p.id(), d -> new ProfileDraft(globex, null, d.serviceId(), d.rateId(),
                d.name())).clientName());
    }

    @Test
    void aProfileWhoseRateWasDeactivatedCanStillBeRenamedButNotGivenAnotherInactiveRate() {
        Profile p = f.profiles.create(new ProfileDraft(acme, null, dev, standard, "Old"));
        long weekend = f.rate("Weekend", "EUR", 20_000);
        f.rates.delete(standard);
        f.rates.delete(weekend);
        assertEquals("New", f.profiles.update(p.id(), d -> new ProfileDraft(d.clientId(), d.projectId(), d.serviceId(),
                d.rateId(), "New")).name());
        assertFieldErrors(() -> f.profiles.update(p.id(), d -> new ProfileDraft(d.clientId(), d.projectId(),
                d.serviceId(), weekend, d.name())), "rate_id");
    }

    @Test
    void aDisplayNameAnotherActiveProfileHasIsAConflictRegardlessOfCase() {
        f.profiles.create(new ProfileDraft(acme, null, dev, standard, "Acme dev"));
        assertConflict(() -> f.profiles.create(new ProfileDraft(acme, web, dev, standard, "ACME DEV")));
        assertEquals(1, f.profiles.count(false));
    }

    @Test
    void aDeletedProfileGivesUpItsDisplayName() {
        Profile old = f.profiles.create(new ProfileDraft(acme, null, dev, standard, "Acme dev"));
        f.profiles.delete(old.id());
        assertEquals("Acme dev", f.profiles.create(new ProfileDraft(acme, null, dev, standard, "Acme dev")).name());
        assertEquals("Acme dev", f.profiles.find(old.id()).orElseThrow().name());
    }

    @Test
    void aSoftDeletedProfileLeavesTheActiveListButIsStillFoundAsInactive() {
        Profile kept = f.profiles.create(new ProfileDraft(acme, null, dev, standard, "Kept"));
        Profile gone = f.profiles.create(new ProfileDraft(acme, web, dev, standard, "Gone"));
        assertFalse(f.profiles.delete(gone.id()).active());
        assertEquals(List.of(kept.id()), ids(f.profiles.list(true, 0, 10)));
        assertEquals(List.of(kept.id(), gone.id()), ids(f.profiles.list(false, 0, 10)));
        assertEquals(1, f.profiles.count(true));
        assertEquals(2, f.profiles.count(false));
        Profile found = f.profiles.find(gone.id()).orElseThrow();
        assertFalse(found.active());
        assertEquals("Website", found.projectName());
    }

    @Test
    void aDeletedProfileCannotBeChangedOrDeletedAgain() {
        Profile p = f.profiles.create(new ProfileDraft(acme, null, dev, standard, "Gone"));
        f.profiles.delete(p.id());
        assertNotFound(() -> f.profiles.update(p.id(), d -> d));
        assertNotFound(() -> f.profiles.delete(p.id()));
        assertNotFound(() -> f.profiles.update(404, d -> d));
    }

    @Test
    void listsArePagedById() {
        for (int i = 0; i < 5; i++) {
            f.profiles.create(new ProfileDraft(acme, null, dev, standard, "P" + i));
        }
        assertEquals(List.of("P2", "P3"), f.profiles.list(true, 2, 2).stream().map(Profile::name).toList());
    }

    @Test
    void aRenamedClientShowsItsNewNameOnItsProfiles() {
        Profile p = f.profiles.create(new ProfileDraft(acme, web, dev, standard, null));
        f.clients.update(acme, d -> new ClientDraft("Acme Ltd", d.email(), d.company(), d.phone(), d.address(),
                d.defaultRateMinor(), d.status()));
        assertEquals("Acme Ltd", f.profiles.find(p.id()).orElseThrow().clientName());
    }

    private static List<Long> ids(List<Profile> profiles) {
        return profiles.stream().map(Profile::id).toList();
    }
}
