package io.stint.export.csv.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import io.stint.activity.api.ActivityBlock;
import io.stint.activity.api.Blocks;
import io.stint.activity.api.ManualBlock;
import io.stint.activity.internal.ActivityForExports;
import io.stint.billing.api.ProfileDraft;
import io.stint.billing.api.RateDraft;
import io.stint.billing.api.ServiceDraft;
import io.stint.billing.internal.BillingProfileDirectory;
import io.stint.billing.internal.ProfilesImpl;
import io.stint.billing.internal.RatesImpl;
import io.stint.billing.internal.ServicesImpl;
import io.stint.export.api.ExportProgress;
import io.stint.export.api.ExportRequest;
import io.stint.store.api.Transactions;
import io.stint.testkit.TestDatabase;
import io.stint.tracking.api.ClientDraft;
import io.stint.tracking.api.ProjectDraft;
import io.stint.tracking.internal.TrackingForBilling;

/** The real tracking, billing and activity services on one in-memory database, and the invoice-lines exporter. */
final class ExportFixture {

    static final long ALICE = 1;
    static final long BOB = 2;

    final TestDatabase db = TestDatabase.of(TrackingForBilling.migrations(),
            Path.of("../io.stint.billing/src/main/resources/OSGI-INF/stint/migrations"),
            Path.of("../io.stint.activity/src/main/resources/OSGI-INF/stint/migrations"));
    final Transactions tx = db.transactions();
    final TrackingForBilling tracking = new TrackingForBilling(tx);
    final ServicesImpl services = new ServicesImpl(tx);
    final RatesImpl rates = new RatesImpl(tx);
    final ProfilesImpl profiles = new ProfilesImpl(tx, tracking.clients, tracking.projects);
    final Blocks blocks = ActivityForExports.blocks(tx, new BillingProfileDirectory(profiles, services));
    final InvoiceLinesExporter invoiceLines = new InvoiceLinesExporter(blocks, profiles, services, rates);

    long client(String name) {
        return tracking.clients.create(ClientDraft.named(name)).id();
    }

    long project(String name, long clientId) {
        return tracking.projects.create(ProjectDraft.of(name, clientId)).id();
    }

    long service(String name) {
        return services.create(new ServiceDraft(name, true)).id();
    }

    long rate(String currency, long hourlyMinor) {
        return rates.create(new RateDraft("Rate " + currency + " " + hourlyMinor, currency, hourlyMinor, null, null, true), true)
                .id();
    }

    long profile(long clientId, Long projectId, long serviceId, long rateId) {
        return profiles.create(new ProfileDraft(clientId, projectId, serviceId, rateId, null)).id();
    }

    /** A person's block of {@code user} from {@code start} lasting {@code seconds}. */
    ActivityBlock block(long user, String start, long seconds, Long profileId, String description, boolean billable) {
        Instant at = Instant.parse(start);
        return blocks.addManual(user, user, new ManualBlock(at, at.plusSeconds(seconds), profileId, "Title", description,
                billable));
    }

    /** The invoice-lines CSV for {@code user} in {@code zone}. */
    String invoiceLines(long user, boolean admin, ZoneId zone, Map<String, Object> parameters) {
        return write(invoiceLines.prepare(new ExportRequest(user, admin, zone, parameters)));
    }

    static String write(io.stint.export.api.Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            export.writeTo(out, ExportProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
