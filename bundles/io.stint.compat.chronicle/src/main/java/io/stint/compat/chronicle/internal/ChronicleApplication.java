package io.stint.compat.chronicle.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Application;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jakartars.whiteboard.JakartarsWhiteboardConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ChronicleCore API as its own JAX-RS application at the configured {@code base.path}. It is
 * registered by hand so that a new base path moves the running application (its service properties
 * change) instead of needing a restart. It fails closed: served only while this bundle's
 * authentication filter is there to guard it.
 */
@Component(service = {}, immediate = true, configurationPid = ChronicleConfig.PID)
public final class ChronicleApplication extends Application {

    static final String DEFAULT_BASE = "/chronicle";
    static final String NAME = "stint.chronicle";
    /** What this bundle's resources and extensions select. */
    static final String SELECT = "(osgi.jakartars.name=" + NAME + ")";
    static final String AUTH_PROPERTY = "stint.chronicle.auth";
    static final String REQUIRE_AUTH = "(" + AUTH_PROPERTY + "=true)";

    private static final Logger LOG = LoggerFactory.getLogger(ChronicleApplication.class);
    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    private static final Map<String, Object> JERSEY = Map.of(
            "jersey.config.server.wadl.disableWadl", true,
            "jersey.config.disableMoxyJson", true,
            "jersey.config.server.disableMetainfServicesLookup", true,
            "jersey.config.server.monitoring.statistics.enabled", false);

    private ServiceRegistration<Application> registration;

    @Activate
    void activate(BundleContext context, ChronicleConfig config) {
        registration = context.registerService(Application.class, this, properties(config));
    }

    @Modified
    void modified(ChronicleConfig config) {
        registration.setProperties(properties(config));
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    @Override
    public Map<String, Object> getProperties() {
        return JERSEY;
    }

    private static Dictionary<String, Object> properties(ChronicleConfig config) {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put(JakartarsWhiteboardConstants.JAKARTA_RS_APPLICATION_BASE, base(config.base_path()));
        p.put(JakartarsWhiteboardConstants.JAKARTA_RS_NAME, NAME);
        p.put(JakartarsWhiteboardConstants.JAKARTA_RS_EXTENSION_SELECT, REQUIRE_AUTH);
        return p;
    }

    /**
     * The base path as configured, with a leading and without a trailing slash ({@code /} stays);
     * an empty one, or one that is not a plain path, falls back to {@value #DEFAULT_BASE}.
     */
    static String base(String configured) {
        String b = configured == null ? "" : configured.strip();
        if (b.isEmpty()) {
            return DEFAULT_BASE;
        }
        if (!b.startsWith("/")) {
            b = "/" + b;
        }
        while (b.length() > 1 && b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        if (b.equals("/")) {
            return b;
        }
        if (!PATH.matcher(b).matches() || b.contains("/../") || b.endsWith("/..") || b.contains("/./") || b.endsWith("/.")) {
            LOG.warn("base.path '{}' is not a plain path; the ChronicleCore API stays at {}", configured, DEFAULT_BASE);
            return DEFAULT_BASE;
        }
        return b;
    }
}
