package io.stint.security.internal;

import java.nio.file.Path;

import org.osgi.framework.BundleContext;

/** The data folder: framework property {@code stint.data}, which the launcher sets from STINT_DATA. */
final class DataFolder {

    static final String PROPERTY = "stint.data";

    private DataFolder() {
    }

    static Path of(BundleContext context) {
        String data = context.getProperty(PROPERTY);
        return Path.of(data == null || data.isBlank() ? "data" : data);
    }
}
