package io.stint.boot.internal;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.servlet.runtime.HttpServiceRuntime;
import org.osgi.service.servlet.runtime.HttpServiceRuntimeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server process around the framework: SIGTERM or SIGINT stops the framework, so every bundle
 * deactivates and the database shuts down cleanly; and a server that could not bind its HTTP port
 * says so in one line and exits non-zero instead of running deaf.
 */
@Component(immediate = true)
public final class ServerLifecycle implements FrameworkListener {

    static final int EXIT_NO_HTTP = 3;
    private static final long STOP_TIMEOUT_MS = TimeUnit.SECONDS.toMillis(30);
    private static final Logger LOG = LoggerFactory.getLogger(ServerLifecycle.class);

    private final BundleContext context;
    private final Thread hook;

    @Activate
    public ServerLifecycle(BundleContext context) {
        this.context = context;
        this.hook = new Thread(this::stopFramework, "stint-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        context.addFrameworkListener(this);
        if (context.getBundle(0).getState() == org.osgi.framework.Bundle.ACTIVE) {
            checkHttp();
        }
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
        if (Thread.currentThread() != hook) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running or the JVM is exiting; nothing to undo
            }
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTED) {
            checkHttp();
        }
    }

    private void checkHttp() {
        ServiceReference<HttpServiceRuntime> ref = context.getServiceReference(HttpServiceRuntime.class);
        if (ref != null && Endpoints.any(ref.getProperty(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT))) {
            return;
        }
        String host = context.getProperty("org.apache.felix.http.host");
        String port = context.getProperty("org.osgi.service.http.port");
        System.err.println("stint: cannot listen on " + (host == null ? "0.0.0.0" : host) + ":" + (port == null ? "8080" : port)
                + " (the port is in use or not allowed); set STINT_HTTP_PORT / STINT_HTTP_HOST");
        // Not on this thread: it may be the framework's event thread, which the stop in the hook needs.
        new Thread(() -> System.exit(EXIT_NO_HTTP), "stint-exit").start();
    }

    private void stopFramework() {
        Framework framework = (Framework) context.getBundle(0);
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
