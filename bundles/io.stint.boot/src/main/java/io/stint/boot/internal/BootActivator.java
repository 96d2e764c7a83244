package io.stint.boot.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.HttpServiceRuntimeConstants;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server process around the framework. SIGTERM or SIGINT stops the framework, so every bundle
 * deactivates and the database shuts down cleanly; this is an activator, not a component, so the
 * hook is in place from the first bundles on (the runtime starts this bundle at start level 1). Before
 * HTTP starts, and again once every bundle has started, a server that cannot listen on its address
 * says so in one line and exits non-zero, instead of running deaf.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class BootActivator implements BundleActivator, FrameworkListener {

    static final int EXIT_NO_HTTP = 3;
    /** The bnd launcher registers a service with this property once it has started every bundle. */
    static final String LAUNCHER_READY = "(launcher.ready=true)";
    private static final long STOP_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(30);
    private static final Logger LOG = LoggerFactory.getLogger(BootActivator.class);

    private final AtomicBoolean checked = new AtomicBoolean();
    private BundleContext context;
    private Thread hook;
    private ServiceTracker<Object, Object> launcher;

    @Override
    public void start(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        Thread stopper = new Thread(() -> stopFramework(context), "stint-shutdown");
        try {
            Runtime.getRuntime().addShutdownHook(stopper);
        } catch (IllegalStateException shuttingDown) {
            // The JVM is already exiting (a bind failure was reported as it started): nothing to guard.
            return;
        }
        hook = stopper;
        String bindFailure = PortCheck.failure(host(context), port(context));
        if (bindFailure != null) {
            exit(bindFailure);
            return;
        }
        context.addFrameworkListener(this);
        Filter ready = context.createFilter(LAUNCHER_READY);
        launcher = new ServiceTracker<>(context, ready, null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                checkWhenStarted();
                return reference;
            }
        };
        launcher.open(true);
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED || event.getType() == FrameworkEvent.STARTED) {
            checkWhenStarted();
        }
    }

    /** Checks HTTP once, when the launcher is done and the beginning start level is reached. */
    private void checkWhenStarted() {
        if (launcher == null || launcher.getServiceReference() == null) {
            return;
        }
        String beginning = context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        int target = beginning == null ? 1 : Integer.parseInt(beginning.strip());
        int active = context.getBundle(Constants.SYSTEM_BUNDLE_ID).adapt(FrameworkStartLevel.class).getStartLevel();
        if (active >= target && checked.compareAndSet(false, true)) {
            checkHttp(context);
        }
    }

    @Override
    public void stop(BundleContext context) {
        context.removeFrameworkListener(this);
        if (launcher != null) {
            launcher.close();
        }
        if (hook != null && Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running; nothing to undo
            }
        }
    }

    private static void checkHttp(BundleContext context) {
        ServiceReference<HttpServiceRuntime> ref = context.getServiceReference(HttpServiceRuntime.class);
        if (ref == null || !HttpEndpoints.any(ref.getProperty(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT))) {
            exit("the HTTP server is not listening");
        }
    }

    /** One line on stderr, then exit; not on this thread, which may hold locks the hook's stop needs. */
    private static void exit(String why) {
        System.err.println("stint: cannot listen: " + why + " (set STINT_HTTP_PORT / STINT_HTTP_HOST)");
        new Thread(() -> System.exit(EXIT_NO_HTTP), "stint-exit").start();
    }

    private static String host(BundleContext context) {
        String host = context.getProperty("org.apache.felix.http.host");
        return host == null || host.isBlank() ? "0.0.0.0" : host.strip();
    }

    private static int port(BundleContext context) {
        String port = context.getProperty("org.osgi.service.http.port");
        try {
            return port == null ? 8080 : Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void stopFramework(BundleContext context) {
        Framework framework = (Framework) context.getBundle(Constants.SYSTEM_BUNDLE_ID);
        try {
            LOG.info("Stopping Stint");
            framework.stop();
            framework.waitForStop(STOP_TIMEOUT_MS);
        } catch (BundleException | IllegalStateException e) {
            // the framework is already stopping or gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
