package io.stint.capture.activitywatch.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code GET /api/0/info}: {@code {hostname, version, testing, device_id}}. */
@Component(service = InfoResource.class, configurationPid = AwConfig.PID)
@JakartarsResource
@JakartarsName("stint.activitywatch.info")
@JakartarsApplicationSelect(AwApplication.SELECT)
@Path("info")
@Produces(MediaType.APPLICATION_JSON)
public final class InfoResource {

    private final ObjectNode info;

    @Activate
    public InfoResource(BundleContext context, AwConfig config) {
        String hostname = hostname();
        info = AwJson.MAPPER.createObjectNode()
                .put("hostname", hostname)
                .put("version", "v" + context.getBundle().getVersion() + " (stint)")
                .put("testing", config.testing())
                .put("device_id", UUID.nameUUIDFromBytes(("stint:" + hostname).getBytes(StandardCharsets.UTF_8)).toString());
    }

    @GET
    public ObjectNode get() {
        return info;
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
