package io.stint.tracking.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import io.stint.store.api.Transactions;
import io.stint.tracking.api.ClientService;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.TaskService;
import io.stint.tracking.api.TimeEntryService;
import io.stint.tracking.api.TimerService;

/**
 * The tracking module's real services for the XLSX exporter's tests. It sits in tracking's package
 * (on the test class path only) because their settings and clock constructors are package-private.
 */
public final class TrackingForXlsx {

    private static final String SCHEMA = "/OSGI-INF/stint/migrations/V1__tracking_schema.sql";

    public final ClientService clients;
    public final ProjectService projects;
    public final TaskService tasks;
    public final TimeEntryService timeEntries;
    public final TimerService timer;

    public TrackingForXlsx(Transactions tx, Clock clock) {
        CatalogSettings settings = new CatalogSettings("EUR");
        CatalogNames names = new CatalogNames(tx);
        TimeEntryCounts counts = new TimeEntryCounts(tx);
        clients = new ClientServiceImpl(tx, settings, names);
        projects = new ProjectServiceImpl(tx, settings, names);
        tasks = new TaskServiceImpl(tx, names);
        timeEntries = new TimeEntryServiceImpl(tx, clock, names, counts);
        timer = new TimerServiceImpl(tx, clock, counts);
    }

    /** The folder of tracking's migrations inside the tracking jar (or classes folder) on the class path. */
    public static Path migrations() {
        URL schema = ClientServiceImpl.class.getResource(SCHEMA);
        if (schema == null) {
            throw new IllegalStateException("io.stint.tracking's migrations are not on the class path");
        }
        try {
            URI uri = schema.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened by an earlier test
                }
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("io.stint.tracking's migrations cannot be read: " + e.getMessage(), e);
        }
    }
}
