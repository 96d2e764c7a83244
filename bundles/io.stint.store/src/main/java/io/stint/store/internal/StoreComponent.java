package io.stint.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Properties;

import javax.sql.DataSource;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.namespace.extender.ExtenderNamespace;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.store.api.Migrations;
import io.stint.store.api.StoreException;
import io.stint.store.api.Transactions;

/**
 * Opens the database, runs the migration extender and publishes {@link DataSource} and
 * {@link Transactions}. Opening happens on its own thread, so the rest of the server starts in
 * parallel; the services are registered once every started bundle's migrations have run, and each
 * bundle is handed them only if its own migrations applied.
 */
@Component(configurationPid = "io.stint.store", immediate = true)
@Designate(ocd = StoreConfig.class)
@Capability(namespace = ExtenderNamespace.EXTENDER_NAMESPACE, name = Migrations.EXTENDER, version = "1.0.0")
public final class StoreComponent {

    /** Framework property naming the data folder; the launcher sets it from STINT_DATA. */
    static final String DATA_PROPERTY = "stint.data";

    private static final Logger LOG = LoggerFactory.getLogger(StoreComponent.class);

    private final Thread opener;
    private volatile Database database;
    private volatile MigrationExtender extender;
    private volatile ServiceRegistration<?> dataSourceRegistration;
    private volatile ServiceRegistration<?> transactionsRegistration;

    @Activate
    public StoreComponent(BundleContext context, StoreConfig config,
            @Reference(name = "dataSourceFactory") DataSourceFactory driverFactory) {
        opener = new Thread(() -> open(context, config, driverFactory), "stint-store-open");
        opener.start();
    }

    private void open(BundleContext context, StoreConfig config, DataSourceFactory driverFactory) {
        long started = System.nanoTime();
        String url = null;
        try {
            url = config.url().isBlank() ? Database.fileUrl(dataFolder(context)) : config.url();
            Properties props = new Properties();
            props.setProperty(DataSourceFactory.JDBC_URL, url);
            props.setProperty(DataSourceFactory.JDBC_USER, config.user());
            props.setProperty(DataSourceFactory.JDBC_PASSWORD, config._password());
            database = new Database(driverFactory.createDataSource(props), url, config.pool_max_size());
            Migrator migrator = new Migrator(database.pool());
            migrator.prepare();
            extender = new MigrationExtender(context, migrator);
            extender.open();
            Dictionary<String, Object> serviceProps = new Hashtable<>();
            serviceProps.put("stint.store", "default");
            dataSourceRegistration = context.registerService(DataSource.class.getName(),
                    new SchemaGate<>(extender, database.pool()), serviceProps);
            transactionsRegistration = context.registerService(Transactions.class.getName(),
                    new SchemaGate<>(extender, new TransactionManager(database.pool())), serviceProps);
            LOG.info("Database open in {} ms: {}", (System.nanoTime() - started) / 1_000_000, withoutOptions(url));
        } catch (SQLException | RuntimeException e) {
            LOG.error("Stint cannot open its database {}: {}", url == null ? "" : withoutOptions(url), e.getMessage());
            close();
        }
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        opener.join();
        close();
    }

    private void close() {
        unregister(transactionsRegistration);
        unregister(dataSourceRegistration);
        if (extender != null) {
            extender.close();
        }
        if (database != null) {
            try {
                database.close();
                LOG.info("Database closed");
            } catch (SQLException e) {
                LOG.error("Database did not shut down cleanly: {}", e.getMessage());
            }
        }
        transactionsRegistration = null;
        dataSourceRegistration = null;
        extender = null;
        database = null;
    }

    private static void unregister(ServiceRegistration<?> registration) {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregistered it when the bundle stopped
            }
        }
    }

    private static String withoutOptions(String url) {
        return url.contains(";") ? url.substring(0, url.indexOf(';')) : url;
    }

    private static Path dataFolder(BundleContext context) {
        String configured = context.getProperty(DATA_PROPERTY);
        Path folder = Path.of(configured == null || configured.isBlank() ? "data" : configured).toAbsolutePath();
        try {
            Files.createDirectories(folder.resolve("db"));
            Files.deleteIfExists(Files.createTempFile(folder, ".write-check", ""));
        } catch (IOException | SecurityException e) {
            throw new StoreException("Stint cannot write to its data folder " + folder + " (" + e + ")");
        }
        return folder;
    }
}
