package io.stint.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.stint.activity.api.ProfileSummary;
import io.stint.billing.api.Profile;
import io.stint.billing.api.ProfileDraft;

/** The profiles as the activity module looks them up. */
class ProfileDirectoryTest {

    private final BillingFixture f = new BillingFixture();
    private final long acme = f.client("Acme");
    private final long dev = f.service("Development");
    private final Profile profile = f.profiles.create(new ProfileDraft(acme, f.project("Website", acme), dev,
            f.rate("Standard", "EUR", 10_000), "Acme web"));

    @Test
    void anyUserFindsAProfileWithTheNamesABlockShows() {
        ProfileSummary expected = new ProfileSummary(profile.id(), "Acme web", "Acme", "Website", "Development", true);
        assertEquals(Optional.of(expected), f.directory.find(1, profile.id()));
        assertEquals(Optional.of(expected), f.directory.find(2, profile.id()));
    }

    @Test
    void aDeletedProfileIsStillFoundButInactive() {
        f.profiles.delete(profile.id());
        assertEquals(false, f.directory.find(1, profile.id()).orElseThrow().active());
    }

    @Test
    void anUnknownProfileIsNotFound() {
        assertTrue(f.directory.find(1, profile.id() + 1).isEmpty());
    }

    @Test
    void aServiceIsNamedByIdEvenWhenDeactivatedAndAnUnknownOneIsEmpty() {
        f.services.delete(dev);
        assertEquals(Optional.of("Development"), f.directory.serviceName(dev));
        assertTrue(f.directory.serviceName(dev + 100).isEmpty());
    }
}
