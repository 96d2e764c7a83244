package io.stint.tracking.internal;

import io.stint.store.api.Transactions;
import io.stint.tracking.api.ClientService;
import io.stint.tracking.api.ExpenseService;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.TaskService;
import io.stint.tracking.api.TimeEntryService;

/**
 * The tracking module's real services for the invoicing tests, with EUR as the installation's
 * currency. It sits in tracking's package (on the test class path only) because its settings are
 * package-private.
 */
public final class TrackingForInvoices {

    public final ClientService clients;
    public final ProjectService projects;
    public final TaskService tasks;
    public final TimeEntryService entries;
    public final ExpenseService expenses;

    public TrackingForInvoices(Transactions tx) {
        CatalogSettings settings = new CatalogSettings("EUR");
        CatalogNames names = new CatalogNames(tx);
        clients = new ClientServiceImpl(tx, settings, names);
        projects = new ProjectServiceImpl(tx, settings, names);
        tasks = new TaskServiceImpl(tx, names);
        entries = new TimeEntryServiceImpl(tx, names, new TimeEntryCounts(tx));
        expenses = new ExpenseServiceImpl(tx, settings);
    }
}
