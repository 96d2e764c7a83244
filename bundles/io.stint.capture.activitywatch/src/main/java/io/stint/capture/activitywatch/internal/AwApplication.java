package io.stint.capture.activitywatch.internal;

import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationBase;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * The ActivityWatch server API at {@code /api/0}. It fails closed: served only while this bundle's
 * authentication filter is there to guard it.
 *
 * <p>It is registered last: its references wait for every resource and extension of this bundle, so
 * the whiteboard builds the application's Jersey container once, with all of them, instead of
 * building it for the first arrivals and rebuilding it as the rest register. That is what brings
 * {@code /api/0} back quickly when the bundle starts. The references only order the registration;
 * the whiteboard gets its own instances.
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
            "jersey.config.server.monitoring.statistics.enabled", false,
            "jersey.config.disableAutoDiscovery", true,
            "jersey.config.server.resource.validation.disable", true,
            "jersey.config.beanValidation.disable.server", true,
            "jersey.config.disableJsonProcessing", true,
            "jersey.config.disableJsonBinding", true);

    @Activate
    public AwApplication(@Reference BucketResource buckets, @Reference EventResource events,
            @Reference HeartbeatResource heartbeats, @Reference QueryResource query, @Reference InfoResource info,
            @Reference ExportResource export, @Reference ImportResource imports,
            @Reference(target = "(osgi.jakartars.name=stint.activitywatch.auth)") ContainerRequestFilter auth,
            @Reference(target = "(osgi.jakartars.name=stint.activitywatch.body-limit)") ContainerRequestFilter bodyLimit,
            @Reference(target = "(osgi.jakartars.name=stint.activitywatch.json)") MessageBodyReader<?> json,
            @Reference(target = "(osgi.jakartars.name=stint.activitywatch.errors)") ExceptionMapper<?> errors) {
        // Nothing to keep: see the class comment.
    }

    @Override
    public Map<String, Object> getProperties() {
        return JERSEY;
    }
}
