package io.stint.store.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands a shared service only to bundles whose migrations are applied. */
final class SchemaGate<S> implements ServiceFactory<S> {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaGate.class);

    private final MigrationExtender migrations;
    private final S service;

    SchemaGate(MigrationExtender migrations, S service) {
        this.migrations = migrations;
        this.service = service;
    }

    @Override
    public S getService(Bundle bundle, ServiceRegistration<S> registration) {
        if (migrations.ensure(bundle)) {
            return service;
        }
        LOG.warn("{} is refused the database: its migrations did not apply", bundle.getSymbolicName());
        return null;
    }

    @Override
    public void ungetService(Bundle bundle, ServiceRegistration<S> registration, S service) {
        // shared, nothing to release per bundle
    }
}
