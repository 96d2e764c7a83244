package io.stint.itest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;

/** The example module bundle, as a test installs and removes it. */
final class Modules {

    static final String EXAMPLE = "io.stint.example";

    private Modules() {
    }

    static Path exampleJar() {
        return Path.of(System.getProperty("stint.example.jar"));
    }

    static Optional<Bundle> find(BundleContext context, String bsn) {
        return Arrays.stream(context.getBundles()).filter(b -> bsn.equals(b.getSymbolicName())).findFirst();
    }

    /** Installs and starts the example module unless it is there already. */
    static Bundle installExample(BundleContext context) throws BundleException {
        Optional<Bundle> present = find(context, EXAMPLE);
        Bundle bundle = present.isPresent() ? present.get() : context.installBundle(exampleJar().toUri().toString());
        bundle.start();
        return bundle;
    }
}
