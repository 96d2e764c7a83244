package io.stint.capture.activitywatch.internal;

import java.util.Map;

import jakarta.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationBase;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * The ActivityWatch server API at {@code /api/0}. It fails closed: served only while this bundle's
 * authentication filter is there to guard it.
 */
@Component(service = Application.class)
@JakartarsApplicationBase(AwApplication.BASE)
@JakartarsName(AwApplication.NAME)
@JakartarsExtensionSelect(AwApplication.REQUIRE_AUTH)
public final class AwApplication extends Application {

    static final String BASE = "/api/0";
    static final String NAME = "stint.activitywatch";
    /** What this bundle's resources and extensions select. */
    static final String SELECT = "(osgi.jakartars.name=" + NAME + ")";
    static final String AUTH_PROPERTY = "stint.activitywatch.auth";
    static final String REQUIRE_AUTH = "(" + AUTH_PROPERTY + "=true)";

    private static final Map<String, Object> JERSEY = Map.of(
            "jersey.config.server.wadl.disableWadl", true,
            "jersey.config.disableMoxyJson", true,
            "jersey.config.server.disableMetainfServicesLookup", true,
            "jersey.config.server.monitoring.statistics.enabled", false);

    @Override
    public Map<String, Object> getProperties() {
        return JERSEY;
    }
}
