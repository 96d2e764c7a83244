package io.stint.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.stint.store.api.MigrationException;
import io.stint.store.api.Migrations;

/**
 * Applies the migrations of every bundle carrying the {@code Stint-Migrations} header as it starts,
 * and remembers which bundles' schemas are ready.
 */
final class MigrationExtender extends BundleTracker<Bundle> {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);

    private final Migrator migrator;
    /** Bundle id → the bundle's last-modified stamp at which its migrations succeeded or failed. */
    private final Map<Long, Outcome> outcomes = new ConcurrentHashMap<>();

    private record Outcome(long lastModified, boolean ready) {
    }

    MigrationExtender(BundleContext context, Migrator migrator) {
        super(context, Bundle.STARTING | Bundle.ACTIVE, null);
        this.migrator = migrator;
    }

    @Override
    public Bundle addingBundle(Bundle bundle, BundleEvent event) {
        if (bundle.getHeaders("").get(Migrations.HEADER) == null) {
            return null;
        }
        ensure(bundle);
        return bundle;
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
        outcomes.remove(bundle.getBundleId());
    }

    /**
     * Applies the bundle's pending migrations unless that was done for this revision already.
     *
     * @return whether the bundle's schema is ready; true for bundles without migrations
     */
    boolean ensure(Bundle bundle) {
        String folder = bundle.getHeaders("").get(Migrations.HEADER);
        if (folder == null) {
            return true;
        }
        Outcome known = outcomes.get(bundle.getBundleId());
        if (known != null && known.lastModified() == bundle.getLastModified()) {
            return known.ready();
        }
        synchronized (this) {
            known = outcomes.get(bundle.getBundleId());
            if (known != null && known.lastModified() == bundle.getLastModified()) {
                return known.ready();
            }
            boolean ready = migrate(bundle, folder);
            outcomes.put(bundle.getBundleId(), new Outcome(bundle.getLastModified(), ready));
            return ready;
        }
    }

    private boolean migrate(Bundle bundle, String folder) {
        String owner = bundle.getSymbolicName();
        try {
            List<Script> applied = migrator.migrate(owner, scripts(bundle, owner, folder));
            for (Script script : applied) {
                LOG.info("Applied migration {} of {}", script.name(), owner);
            }
            return true;
        } catch (MigrationException e) {
            LOG.error("{} — {} will not get the database until this is fixed", e.getMessage(), owner);
            return false;
        }
    }

    private static List<Script> scripts(Bundle bundle, String owner, String folder) {
        List<Script> scripts = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false);
        if (entries == null) {
            return scripts;
        }
        while (entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                scripts.add(Script.of(owner, name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new MigrationException("Migration " + name + " of " + owner + " could not be read: " + e.getMessage(), e);
            }
        }
        return scripts;
    }
}
