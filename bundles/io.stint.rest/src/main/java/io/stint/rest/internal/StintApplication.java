package io.stint.rest.internal;

import java.util.Map;

import jakarta.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationBase;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtensionSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

import io.stint.rest.api.StintApi;

/**
 * The one application at {@code /api/v1} that module bundles' resources select. It fails closed:
 * the whiteboard serves it only while an authentication extension ({@code stint.auth=true}) is
 * there to guard it.
 */
@Component(service = Application.class)
@JakartarsApplicationBase(StintApi.BASE)
@JakartarsName(StintApi.APPLICATION_NAME)
@JakartarsExtensionSelect(StintApplication.REQUIRE_AUTH)
public final class StintApplication extends Application {

    /** The extension an authentication bundle registers; without it there is no {@code /api/v1}. */
    static final String REQUIRE_AUTH = "(stint.auth=true)";

    /** Selects this application and the whiteboard's default one (which serves {@code /health}). */
    static final String SELECT_ALL = "(|" + StintApi.APPLICATION_SELECT + "(osgi.jakartars.name=.default))";

    /**
     * Jersey settings: no WADL, no class-path scanning for features Stint does not use; answers up
     * to 64 KiB (a page of 50 time entries is about 30 KiB) are buffered and sent with a length in
     * one write, not chunked in 8 KiB pieces.
     */
    static final Map<String, Object> JERSEY = Map.of(
            "jersey.config.server.contentLength.buffer", 65536,
            "jersey.config.server.wadl.disableWadl", true,
            "jersey.config.disableMoxyJson", true,
            "jersey.config.server.disableMetainfServicesLookup", true,
            "jersey.config.server.monitoring.statistics.enabled", false);

    @Override
    public Map<String, Object> getProperties() {
        return JERSEY;
    }
}
