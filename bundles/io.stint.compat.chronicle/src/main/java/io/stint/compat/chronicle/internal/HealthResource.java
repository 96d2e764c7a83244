package io.stint.compat.chronicle.internal;

import java.lang.management.ManagementFactory;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /health}: {@code {status, version, uptime_seconds}}, without authentication. */
@Component(service = HealthResource.class)
@JakartarsResource
@JakartarsName("stint.chronicle.health")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@Path("health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    private final String version;

    @Activate
    public HealthResource(BundleContext context) {
        Version v = context.getBundle().getVersion();
        String base = v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        this.version = v.getQualifier().isEmpty() ? base : base + "-" + v.getQualifier();
    }

    @GET
    @PermitAll
    public ObjectNode health() {
        return ChronicleJson.MAPPER.createObjectNode()
                .put("status", "ok")
                .put("version", version)
                .put("uptime_seconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
    }
}
