package io.stint.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

/** {@code GET /health}: the liveness probe, outside the versioned API and without auth. */
@Component(service = HealthResource.class)
@JakartarsResource
@JakartarsName("stint.health")
@Path("health")
public final class HealthResource {

    record Health(String status, String version, long uptimeSeconds) {
    }

    private final String version;

    @Activate
    public HealthResource(BundleContext context) {
        this.version = Versions.display(context.getBundle().getVersion());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Health health() {
        return new Health("ok", version, Versions.uptimeSeconds());
    }
}
