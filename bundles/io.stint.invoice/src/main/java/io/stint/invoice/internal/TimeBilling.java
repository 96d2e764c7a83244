package io.stint.invoice.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.tracking.api.ExpenseService;
import io.stint.tracking.api.Project;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.TimeEntry;
import io.stint.tracking.api.TimeEntryService;

/**
 * Invoices from time entries: chosen by id, or the unbilled billable time of a client or project
 * in a date range; optionally with the client's billable expenses.
 */
@Component(service = TimeBilling.class)
public final class TimeBilling {

    private final InvoiceService invoices;
    private final TimeEntryService entries;
    private final ProjectService projects;
    private final ExpenseService expenses;

    @Activate
    public TimeBilling(@Reference InvoiceService invoices, @Reference TimeEntryService entries,
            @Reference ProjectService projects, @Reference ExpenseService expenses) {
        this.invoices = invoices;
        this.entries = entries;
        this.projects = projects;
        this.expenses = expenses;
    }

    /** {@code POST /invoices/from-time-entries}: a new draft. */
    Invoice fromEntries(Actor actor, Header header, TimeRequest r) {
        return invoices.inTransaction(c -> {
            Map<Long, Project> known = new HashMap<>();
            List<TimeEntry> chosen = r.entryIds() == null ? null : chosen(actor, r.entryIds());
            Header h = header;
            if (h.clientId() == null) {
                h = h.withClient(chosen != null ? clientOf(chosen, known) : projectClient(h.projectId(), known));
            }
            return invoices.create(actor, h, (conn, t, none) -> lines(conn, actor, t, r, chosen, known));
        });
    }

    /** {@code POST /invoices/{id}/generate-from-time}: the draft's client's unbilled time, added to it. */
    Invoice generate(Actor actor, long invoiceId, TimeRequest r) {
        return invoices.append(actor, invoiceId, (c, t, draft) -> lines(c, actor, t, r, null, new HashMap<>()));
    }

    private List<Line> lines(Connection c, Actor actor, Target t, TimeRequest r, List<TimeEntry> chosen,
            Map<Long, Project> known) throws SQLException {
        List<TimeEntry> billed;
        if (chosen != null) {
            for (TimeEntry e : chosen) {
                if (!Objects.equals(clientOf(List.of(e), known), t.client().id())
                        || (t.project() != null && !Objects.equals(e.projectId(), t.projectId()))) {
                    throw ApiException.invalidField("time_entry_ids", "Time entry " + e.id() + " is not for "
                            + (t.project() != null ? "project " + t.project().name() : "client " + t.client().name()) + ".");
                }
            }
            billed = chosen;
        } else {
            List<TimeEntry> found = entries.unbilled(actor.access(), t.client().id(), t.projectId(),
                    Days.start(r.startDate(), actor.zone()), Days.end(r.endDate(), actor.zone()),
                    BillingInput.MAX_ENTRIES + 1);
            if (found.size() > BillingInput.MAX_ENTRIES) {
                throw ApiException.badRequest("too_many_entries", "More than " + BillingInput.MAX_ENTRIES
                        + " entries match; bill a shorter range.");
            }
            List<Source> taken = SourceClaims.claimed(c, found.stream().map(e -> Source.entry(e.id())).toList());
            billed = found.stream().filter(e -> !taken.contains(Source.entry(e.id()))).toList();
        }
        List<Line> lines = new ArrayList<>(new TimeLines(t, r.groupBy(), hourlyRate(t, r), actor.zone(), known,
                projects).lines(billed));
        if (r.includeExpenses()) {
            lines.addAll(ExpenseLines.of(c, expenses, actor, t, r.startDate(), r.endDate()));
        }
        if (lines.isEmpty()) {
            throw ApiException.badRequest("nothing_to_invoice", "No unbilled billable time"
                    + (r.includeExpenses() ? " or expenses" : "") + " of " + t.client().name() + " in that range.");
        }
        return lines;
    }

    /** The request's hourly rate in minor units of the invoice's currency, or null. */
    private static Long hourlyRate(Target t, TimeRequest r) {
        if (r.hourlyRate() == null) {
            return null;
        }
        Long minor = Money.minor(r.hourlyRate(), t.currency());
        if (minor == null) {
            throw ApiException.invalidField("hourly_rate", Money.problem(r.hourlyRate(), t.currency()));
        }
        return minor;
    }

    /** The entries with {@code ids}, each the actor's, finished, billable and not on an invoice. */
    private List<TimeEntry> chosen(Actor actor, List<Long> ids) {
        List<TimeEntry> found = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Source> marked = new ArrayList<>();
        for (long id : ids) {
            TimeEntry e = entries.find(actor.access(), id).orElse(null);
            if (e == null) {
                problems.add("Time entry " + id + " not found.");
            } else if (e.running()) {
                problems.add("Time entry " + id + " is still running.");
            } else if (!e.billable()) {
                problems.add("Time entry " + id + " is not billable.");
            } else if (e.invoiceNumber() != null) {
                marked.add(Source.entry(id));
            } else {
                found.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.validation(Map.of("time_entry_ids", problems));
        }
        if (!marked.isEmpty()) {
            throw SourceClaims.alreadyInvoiced(marked);
        }
        return found;
    }

    /** The one client all {@code chosen} entries are for. */
    private Long clientOf(List<TimeEntry> chosen, Map<Long, Project> known) {
        Long client = null;
        for (TimeEntry e : chosen) {
            Long own = e.projectId() != null ? project(e.projectId(), known).clientId() : e.clientId();
            if (own == null) {
                throw ApiException.invalidField("time_entry_ids", "Time entry " + e.id() + " has no client to invoice.");
            }
            if (client != null && !client.equals(own)) {
                throw ApiException.invalidField("time_entry_ids", "The entries are for several clients; an invoice is for one.");
            }
            client = own;
        }
        return client;
    }

    private Long projectClient(Long projectId, Map<Long, Project> known) {
        Project p = projects.find(projectId).orElseThrow(() -> ApiException.invalidField("project_id", "Project not found."));
        known.put(p.id(), p);
        if (p.clientId() == null) {
            throw ApiException.invalidField("project_id", "The project has no client to invoice.");
        }
        return p.clientId();
    }

    private Project project(long id, Map<Long, Project> known) {
        return known.computeIfAbsent(id, k -> projects.find(k).orElseThrow());
    }
}
