package io.stint.invoice.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.store.api.Migrations;
import io.stint.store.api.TransactionalWork;
import io.stint.store.api.Transactions;
import io.stint.tracking.api.Client;
import io.stint.tracking.api.ClientService;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.TimeEntryService;

/**
 * Invoices: made with their lines in one transaction (number, claims, marks), read, listed, changed
 * under the status rules, cancelled (which frees what they billed), and their lines replaced.
 */
@Component(service = InvoiceService.class)
@Migrations
public final class InvoiceService {

    private final Transactions tx;
    private final ClientService clients;
    private final ProjectService projects;
    private final InvoiceSettings settings;
    private final Ledger ledger;
    private final Clock clock;

    @Activate
    public InvoiceService(@Reference Transactions tx, @Reference ClientService clients,
            @Reference ProjectService projects, @Reference TimeEntryService entries,
            @Reference InvoiceSettings settings, @Reference BillingPeers peers) {
        this(tx, clients, projects, entries, settings, peers, Clock.systemUTC());
    }

    InvoiceService(Transactions tx, ClientService clients, ProjectService projects, TimeEntryService entries,
            InvoiceSettings settings, BillingPeers peers, Clock clock) {
        this.tx = tx;
        this.clients = clients;
        this.projects = projects;
        this.settings = settings;
        this.ledger = new Ledger(entries, peers);
        this.clock = clock;
    }

    Clock clock() {
        return clock;
    }

    /** Runs {@code work} in one transaction with whatever it calls here. */
    <T> T inTransaction(TransactionalWork<T> work) {
        return tx.call(work);
    }

    /** The client, project and currency {@code h} names, checked: 400 with field errors otherwise. */
    Target target(Header h) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Client client = null;
        if (h.clientId() == null) {
            errors.put("client_id", List.of("Missing data for required field."));
        } else {
            client = clients.find(h.clientId()).orElse(null);
            if (client == null) {
                errors.put("client_id", List.of("Client not found."));
            }
        }
        Project project = null;
        if (h.projectId() != null) {
            project = projects.find(h.projectId()).orElse(null);
            if (project == null) {
                errors.put("project_id", List.of("Project not found."));
            } else if (client != null && !Objects.equals(project.clientId(), client.id())) {
                errors.put("project_id", List.of("The project belongs to another client."));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        return new Target(client, project, h.currency() != null ? h.currency() : client.currency());
    }

    /** Makes a draft invoice for {@code h} with the lines {@code lines} makes for its target. */
    Invoice create(Actor actor, Header h, LineMaker lines) {
        return tx.call(c -> {
            Target t = target(h);
            LocalDate issue = h.issueDate() != null ? h.issueDate() : actor.today(clock);
            LocalDate due = h.dueDate() != null ? h.dueDate() : issue.plusDays(settings.dueDays());
            if (due.isBefore(issue)) {
                throw ApiException.invalidField("due_date", "Must not be before the issue date.");
            }
            List<Line> made = lines.make(c, t, null);
            SourceClaims.refuseClaimed(c, sources(made));
            String number = Numbering.next(c, settings.numbers(), issue);
            Instant now = clock.instant();
            Client client = t.client();
            long id = InvoiceRows.insert(c, new Invoice(0, number, actor.userId(), client.id(), client.name(),
                    client.email(), client.address(), t.projectId(), t.project() == null ? null : t.project().name(),
                    Statuses.DRAFT, issue, due, t.currency(), h.taxRate() == null ? BigDecimal.ZERO : h.taxRate(),
                    0, 0, 0, 0, h.notes(), h.terms(), now, now), now);
            ledger.store(c, id, number, 0, made, now);
            InvoiceRows.retotal(c, id);
            return InvoiceRows.find(c, id).orElseThrow();
        });
    }

    /** The invoice with its lines and payments, or 404 when it does not exist or is another user's. */
    InvoiceView view(Actor actor, long id) {
        return tx.call(c -> {
            Invoice i = reachable(c, actor, id, false);
            return new InvoiceView(i, InvoiceRows.items(c, id), PaymentRows.of(c, id));
        });
    }

    List<Invoice> list(InvoiceFilter filter, long offset, int limit) {
        return tx.call(c -> InvoiceRows.list(c, filter, offset, limit));
    }

    long count(InvoiceFilter filter) {
        return tx.call(c -> InvoiceRows.count(c, filter));
    }

    /** Applies {@code ch} under the status rules; cancelling frees what the invoice billed. */
    Invoice update(Actor actor, long id, InvoiceChanges ch) {
        return tx.call(c -> {
            Invoice i = reachable(c, actor, id, true);
            String shown = i.shownStatus(actor.today(clock));
            if (ch.touchesDraftOnly() && !i.draft()) {
                throw invalidState("Only a draft invoice's issue date, tax rate, currency and client details change; "
                        + "this one is " + shown + ".");
            }
            if (ch.touchesFields() && Statuses.isFinal(i.status())) {
                throw invalidState("A " + i.status() + " invoice does not change any more.");
            }
            if (ch.currency() != null && !ch.currency().equals(i.currency()) && !InvoiceRows.items(c, id).isEmpty()) {
                throw ApiException.invalidField("currency_code", "The lines are priced in " + i.currency()
                        + "; replace them (PUT /invoices/" + id + "/items) before changing the currency.");
            }
            LocalDate issue = ch.issueDate() != null ? ch.issueDate() : i.issueDate();
            LocalDate due = ch.dueDate() != null ? ch.dueDate() : i.dueDate();
            if (due.isBefore(issue)) {
                throw ApiException.invalidField("due_date", "Must not be before the issue date.");
            }
            String status = i.status();
            if (ch.status() != null && !ch.status().equals(shown)) {
                Statuses.check(shown, ch.status());
                status = ch.status();
                if (Statuses.CANCELLED.equals(status)) {
                    ledger.release(c, id);
                }
            }
            Invoice changed = new Invoice(id, i.number(), i.createdBy(), i.clientId(),
                    ch.clientName() != null ? ch.clientName() : i.clientName(),
                    ch.clientEmail() != null ? ch.clientEmail().orElse(null) : i.clientEmail(),
                    ch.clientAddress() != null ? ch.clientAddress().orElse(null) : i.clientAddress(), i.projectId(),
                    i.projectName(), status, issue, due, ch.currency() != null ? ch.currency() : i.currency(),
                    ch.taxRate() != null ? ch.taxRate() : i.taxRate(), i.subtotalMinor(), i.taxMinor(),
                    i.totalMinor(), i.paidMinor(), ch.notes() != null ? ch.notes().orElse(null) : i.notes(),
                    ch.terms() != null ? ch.terms().orElse(null) : i.terms(), i.createdAt(), i.updatedAt());
            InvoiceRows.update(c, changed, clock.instant());
            return InvoiceRows.find(c, id).orElseThrow();
        });
    }

    /** Replaces a draft's lines with {@code lines}; what the old lines billed is freed. */
    Invoice replaceItems(Actor actor, long id, LineMaker lines) {
        return tx.call(c -> {
            Invoice i = draft(c, actor, id);
            List<Line> made = lines.make(c, new Target(null, null, i.currency()), i);
            ledger.release(c, id);
            InvoiceRows.deleteItems(c, id);
            ledger.store(c, id, i.number(), 0, made, clock.instant());
            InvoiceRows.retotal(c, id);
            return InvoiceRows.find(c, id).orElseThrow();
        });
    }

    /** Adds the lines {@code lines} makes for a draft's target and the draft itself after its lines. */
    Invoice append(Actor actor, long id, LineMaker lines) {
        return tx.call(c -> {
            Invoice i = draft(c, actor, id);
            Target t = target(new Header(i.clientId(), i.projectId(), null, null, null, i.currency(), null, null));
            List<Line> made = lines.make(c, t, i);
            SourceClaims.refuseClaimed(c, sources(made));
            ledger.store(c, id, i.number(), InvoiceRows.items(c, id).size(), made, clock.instant());
            InvoiceRows.retotal(c, id);
            return InvoiceRows.find(c, id).orElseThrow();
        });
    }

    /** The invoice, locked for a change when {@code lock}; 404 when missing or another user's. */
    static Invoice reachable(Connection c, Actor actor, long id, boolean lock) throws SQLException {
        return (lock ? InvoiceRows.lock(c, id) : InvoiceRows.find(c, id)).filter(i -> actor.reaches(i.createdBy()))
                .orElseThrow(() -> ApiException.notFound("Invoice"));
    }

    private static Invoice draft(Connection c, Actor actor, long id) throws SQLException {
        Invoice i = reachable(c, actor, id, true);
        if (!i.draft()) {
            throw invalidState("Only a draft invoice's lines change; this one is " + i.status() + ".");
        }
        return i;
    }

    static ApiException invalidState(String message) {
        return ApiException.conflict("invalid_state", message);
    }

    private static List<Source> sources(List<Line> lines) {
        List<Source> all = new ArrayList<>();
        lines.forEach(l -> all.addAll(l.sources()));
        return all;
    }
}
