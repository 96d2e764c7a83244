package io.stint.tracking.internal;

import java.nio.file.Path;
import java.time.Clock;

import io.stint.store.api.Transactions;
import io.stint.tracking.api.ClientService;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.TaskService;
import io.stint.tracking.api.TimeEntryService;
import io.stint.tracking.api.TimerService;

/**
 * The tracking module's real services for the AI helper's tests. It sits in tracking's package (on
 * the test class path only) because their settings and clock constructors are package-private.
 */
public final class TrackingForAi {

    /** Tracking's migrations, from the source tree beside this module. */
    public static final Path MIGRATIONS = Path.of("../io.stint.tracking/src/main/resources/OSGI-INF/stint/migrations");

    public final ClientService clients;
    public final ProjectService projects;
    public final TaskService tasks;
    public final TimeEntryService timeEntries;
    public final TimerService timer;

    public TrackingForAi(Transactions tx, Clock clock) {
        CatalogSettings settings = new CatalogSettings("EUR");
        CatalogNames names = new CatalogNames(tx);
        TimeEntryCounts counts = new TimeEntryCounts(tx);
        clients = new ClientServiceImpl(tx, settings, names);
        projects = new ProjectServiceImpl(tx, settings, names);
        tasks = new TaskServiceImpl(tx, names);
        timeEntries = new TimeEntryServiceImpl(tx, clock, names, counts);
        timer = new TimerServiceImpl(tx, clock, counts);
    }
}
