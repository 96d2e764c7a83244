package io.stint.tracking.internal;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

import io.stint.store.api.Transactions;
import io.stint.tracking.api.ProjectService;
import io.stint.tracking.api.TimeEntryService;

/**
 * Tracking's real services for the benchmark, built as DS would build them. It sits in tracking's
 * package (in the benchmark jar only) because the catalog settings' constructor is package-private.
 */
public final class TrackingForBench {

    private static final String SCHEMA = "/OSGI-INF/stint/migrations/V1__tracking_schema.sql";

    public final ProjectService projects;
    public final TimeEntryService timeEntries;

    public TrackingForBench(Transactions tx) {
        CatalogNames names = new CatalogNames(tx);
        projects = new ProjectServiceImpl(tx, new CatalogSettings("EUR"), names);
        timeEntries = new TimeEntryServiceImpl(tx, names, new TimeEntryCounts(tx));
    }

    /** The folder of tracking's migrations on the class path (inside the benchmark jar). */
    public static Path migrations() throws IOException, URISyntaxException {
        URL schema = ClientServiceImpl.class.getResource(SCHEMA);
        if (schema == null) {
            throw new IllegalStateException("io.stint.tracking's migrations are not on the class path");
        }
        URI uri = schema.toURI();
        if ("jar".equals(uri.getScheme())) {
            try {
                FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                // opened before
            }
        }
        return Path.of(uri).getParent();
    }
}
