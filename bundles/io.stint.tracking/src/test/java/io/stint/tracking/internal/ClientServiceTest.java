package io.stint.tracking.internal;

import static io.stint.tracking.internal.CatalogFixture.assertFieldErrors;
import static io.stint.tracking.internal.CatalogFixture.assertNotFound;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.tracking.api.Client;
import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.ClientQuery;
import io.stint.tracking.api.ProjectDraft;

/** Clients against a real HSQLDB carrying the module's migrations. */
class ClientServiceTest {

    private final CatalogFixture f = new CatalogFixture();

    @Test
    void aCreatedClientCanBeReadBackActiveWithNoProjects() {
        Client created = f.clients.create(new ClientDraft(" Acme ", "billing@acme.test", "Acme Ltd", "+1 555", "1 Road",
                8500L, null));
        Client read = f.clients.find(created.id()).orElseThrow();
        assertEquals("Acme", read.name());
        assertEquals("billing@acme.test", read.email());
        assertEquals(8500L, read.defaultRateMinor());
        assertEquals("EUR", read.currency());
        assertTrue(read.active());
        assertEquals(0, read.totalProjects());
        assertNotNull(read.createdAt());
    }

    @Test
    void aClientWithoutANameIsRefused() {
        assertFieldErrors(() -> f.clients.create(ClientDraft.named("  ")), "name");
        assertEquals(0, f.clients.count(ClientQuery.all()));
    }

    @Test
    void aDuplicateNameIsAFieldErrorWhateverItsCase() {
        f.clients.create(ClientDraft.named("Acme"));
        assertFieldErrors(() -> f.clients.create(ClientDraft.named("ACME")), "name");
        assertEquals(1, f.clients.count(ClientQuery.all()));
    }

    @Test
    void renamingAClientToAnotherClientsNameIsRefusedButKeepingItsOwnNameIsNot() {
        f.clients.create(ClientDraft.named("Acme"));
        Client globex = f.clients.create(ClientDraft.named("Globex"));
        assertFieldErrors(() -> f.clients.update(globex.id(), d -> ClientDraft.named("Acme")), "name");
        Client same = f.clients.update(globex.id(), d -> new ClientDraft(d.name(), "x@globex.test", null, null, null, null, null));
        assertEquals("x@globex.test", same.email());
    }

    @Test
    void invalidFieldsAreReportedTogether() {
        assertFieldErrors(() -> f.clients.create(new ClientDraft("A", "not-an-email", null, null, null, -1L, "gone")),
                "email", "default_hourly_rate", "status");
    }

    @Test
    void anUpdateChangesOnlyWhatTheChangeTouches() {
        Client c = f.clients.create(new ClientDraft("Acme", "a@acme.test", "Acme Ltd", null, null, 9000L, null));
        Client updated = f.clients.update(c.id(), d -> new ClientDraft(d.name(), d.email(), d.company(), "+44 1",
                d.address(), d.defaultRateMinor(), d.status()));
        assertEquals("+44 1", updated.phone());
        assertEquals("Acme Ltd", updated.company());
        assertEquals(9000L, updated.defaultRateMinor());
        assertFalse(updated.updatedAt().isBefore(c.updatedAt()));
    }

    @Test
    void updatingAClientThatDoesNotExistIsNotFound() {
        assertNotFound(() -> f.clients.update(42, d -> d));
        assertNotFound(() -> f.clients.archive(42));
    }

    @Test
    void anArchivedClientIsInactiveAndStillReadable() {
        Client c = f.clients.create(ClientDraft.named("Acme"));
        f.clients.archive(c.id());
        Client read = f.clients.find(c.id()).orElseThrow();
        assertEquals(Client.INACTIVE, read.status());
        assertFalse(read.active());
    }

    @Test
    void projectCountsDistinguishActiveProjects() {
        Client c = f.clients.create(ClientDraft.named("Acme"));
        f.projects.create(ProjectDraft.of("One", c.id()));
        long two = f.projects.create(ProjectDraft.of("Two", c.id())).id();
        f.projects.archive(two);
        Client read = f.clients.find(c.id()).orElseThrow();
        assertEquals(2, read.totalProjects());
        assertEquals(1, read.activeProjects());
    }

    @Test
    void searchLooksInNameEmailAndCompanyIgnoringCase() {
        f.clients.create(new ClientDraft("Acme", null, null, null, null, null, null));
        f.clients.create(new ClientDraft("Globex", "ops@ACME.test", null, null, null, null, null));
        f.clients.create(new ClientDraft("Initech", null, "Acme Holdings", null, null, null, null));
        f.clients.create(ClientDraft.named("Umbrella"));
        ClientQuery acme = new ClientQuery("acme", null);
        assertEquals(List.of("Acme", "Globex", "Initech"), names(f.clients.list(acme, 0, 50)));
        assertEquals(3, f.clients.count(acme));
    }

    @Test
    void searchTreatsLikeWildcardsAsText() {
        f.clients.create(ClientDraft.named("100% Studio"));
        f.clients.create(ClientDraft.named("1000 Things"));
        assertEquals(List.of("100% Studio"), names(f.clients.list(new ClientQuery("0%", null), 0, 50)));
    }

    @Test
    void statusFiltersAndPagesAreByName() {
        for (String name : List.of("Delta", "alpha", "Charlie", "Bravo", "Echo")) {
            f.clients.create(ClientDraft.named(name));
        }
        f.clients.archive(f.clients.list(new ClientQuery("Echo", null), 0, 1).get(0).id());
        assertEquals(List.of("Charlie", "Delta"), names(f.clients.list(ClientQuery.all(), 2, 2)));
        ClientQuery active = new ClientQuery(null, Client.ACTIVE);
        assertEquals(4, f.clients.count(active));
        assertEquals(List.of("Echo"), names(f.clients.list(new ClientQuery(null, Client.INACTIVE), 0, 50)));
    }

    @Test
    void anInvalidCurrencySettingFallsBackToEuro() {
        assertEquals("EUR", new CatalogSettings("EURO").currency());
        assertEquals("JPY", new CatalogSettings(" jpy ").currency());
    }

    private static List<String> names(List<Client> clients) {
        return clients.stream().map(Client::name).toList();
    }
}
