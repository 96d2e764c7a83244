package io.stint.invoice.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import jakarta.ws.rs.core.SecurityContext;

import io.stint.activity.internal.ActivityForInvoices;
import io.stint.billing.api.ProfileDraft;
import io.stint.billing.api.RateDraft;
import io.stint.billing.api.ServiceDraft;
import io.stint.billing.internal.BillingProfileDirectory;
import io.stint.billing.internal.ProfilesImpl;
import io.stint.billing.internal.RatesImpl;
import io.stint.billing.internal.ServicesImpl;
import io.stint.rest.api.ApiException;
import io.stint.security.api.Caller;
import io.stint.security.api.CallerContext;
import io.stint.store.api.Transactions;
import io.stint.testkit.TestDatabase;
import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.ProjectDraft;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryDraft;
import io.stint.tracking.internal.TrackingForInvoices;

/**
 * A fresh database with the tracking, billing, activity and invoicing migrations, the real services
 * of those modules over it, invoicing's services and resources, and a clock fixed on 2026-02-10.
 */
final class InvoiceFixture {

    static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
    private static final ObjectMapper READ = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final Instant NOW = Instant.parse("2026-02-10T12:00:00Z");
    static final ZoneId UTC = ZoneOffset.UTC;
    static final long ALICE = 1;
    static final long BOB = 2;
    static final long ROOT = 9;

    private static Path migrations(String module) {
        return Path.of("../" + module + "/src/main/resources/OSGI-INF/stint/migrations");
    }

    final TestDatabase db = TestDatabase.of(migrations("io.stint.tracking"), migrations("io.stint.billing"),
            migrations("io.stint.activity"), TestDatabase.MODULE_MIGRATIONS);
    final Transactions tx = db.transactions();
    final Clock clock = Clock.fixed(NOW, UTC);
    final TrackingForInvoices tracking = new TrackingForInvoices(tx);
    final ServicesImpl services = new ServicesImpl(tx);
    final RatesImpl rates = new RatesImpl(tx);
    final ProfilesImpl profiles = new ProfilesImpl(tx, tracking.clients, tracking.projects);
    final ActivityForInvoices activity = new ActivityForInvoices(tx, new BillingProfileDirectory(profiles, services));
    final BillingPeers peers = BillingPeers.of(activity.blocks, activity.marks, profiles, rates, services);
    final InvoiceSettings settings = new InvoiceSettings();
    final InvoiceService invoices = new InvoiceService(tx, tracking.clients, tracking.projects, tracking.entries,
            settings, peers, clock);
    final TimeBilling time = new TimeBilling(invoices, tracking.entries, tracking.projects, tracking.expenses);
    final BlockBilling blocks = new BlockBilling(invoices, peers, tracking.expenses);
    final PaymentService payments = new PaymentService(tx, clock);
    final InvoicesResource resource = new InvoicesResource(invoices, time, blocks);
    final InvoicePaymentsResource paymentResource = new InvoicePaymentsResource(payments, invoices);
    final InvoicePdfResource pdf = new InvoicePdfResource(invoices, settings);

    final Actor alice = new Actor(ALICE, false, UTC);
    final Actor bob = new Actor(BOB, false, UTC);
    final Actor root = new Actor(ROOT, true, UTC);

    long client(String name, Long defaultRateMinor) {
        return tracking.clients.create(new ClientDraft(name, name.toLowerCase() + "@example.com", null, null,
                "1 Main St", defaultRateMinor, null)).id();
    }

    long project(String name, long clientId, Long rateMinor) {
        return tracking.projects.create(new ProjectDraft(name, clientId, null, true, rateMinor, null, null, null, null)).id();
    }

    /** A finished billable entry of {@code userId} on {@code project}, {@code minutes} long from {@code start} (UTC). */
    TimeEntry entry(long userId, long project, String start, long minutes) {
        Instant from = Instant.parse(start);
        return tracking.entries.create(new io.stint.tracking.api.TimeAccess(userId, false), new TimeEntryDraft(userId,
                project, null, null, from, from.plusSeconds(minutes * 60), 0, null, null, true, false, null));
    }

    long rate(String name, String currency, long minor) {
        return rates.create(new RateDraft(name, currency, minor, null, null, true), true).id();
    }

    long profile(long clientId, Long projectId, String service, long rateId) {
        long serviceId = services.create(new ServiceDraft(service, true)).id();
        return profiles.create(new ProfileDraft(clientId, projectId, serviceId, rateId, null)).id();
    }

    static SecurityContext as(Actor actor) {
        return new CallerContext(new Caller(actor.userId(), "user" + actor.userId(),
                actor.admin() ? Caller.ROLE_ADMIN : Caller.ROLE_USER, actor.zone(), Set.of("*"), 1), false);
    }

    /** A request body as Stint's JSON provider reads it; single quotes for readability. */
    static JsonNode body(String json) {
        try {
            return READ.readTree(json.replace('\'', '"'));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** An answer as the wire shows it. */
    static JsonNode tree(Object answer) {
        return JSON.valueToTree(answer instanceof jakarta.ws.rs.core.Response r ? r.getEntity() : answer);
    }

    static ApiException refused(int status, String code, Runnable action) {
        ApiException e = assertThrows(ApiException.class, action::run);
        assertEquals(status, e.status(), e.getMessage() + " " + e.errors());
        assertEquals(code, e.errorCode(), e.getMessage());
        return e;
    }

    long invoiceCount() {
        return tx.call(c -> io.stint.store.api.Sql.number(c, "SELECT COUNT(*) FROM INVOICES", List.of()));
    }

    long claimCount() {
        return tx.call(c -> io.stint.store.api.Sql.number(c, "SELECT COUNT(*) FROM INVOICE_SOURCES", List.of()));
    }
}
