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
import io.stint.tracking.api.ClientService;
import io.stint.tracking.api.ProjectService;

/**
 * The tracking module's real client and project services for the billing tests. It sits in
 * tracking's package (on the test class path only) because their settings are package-private.
 */
public final class TrackingForBilling {

    private static final String SCHEMA = "/OSGI-INF/stint/migrations/V1__tracking_schema.sql";

    public final ClientService clients;
    public final ProjectService projects;

    public TrackingForBilling(Transactions tx) {
        CatalogSettings settings = new CatalogSettings("EUR");
        CatalogNames names = new CatalogNames(tx);
        clients = new ClientServiceImpl(tx, settings, names);
        projects = new ProjectServiceImpl(tx, settings, names);
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
