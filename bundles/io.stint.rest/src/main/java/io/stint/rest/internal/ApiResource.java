package io.stint.rest.internal;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import io.stint.rest.api.StintApi;

/** {@code /api/v1/health} and {@code /api/v1/info}, without auth. */
@Component(service = ApiResource.class)
@JakartarsResource
@JakartarsName("stint.api")
@JakartarsApplicationSelect(StintApi.APPLICATION_SELECT)
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public final class ApiResource {

    static final String API_VERSION = "v1";
    static final String DOCUMENTATION_URL = "/api/docs";

    record ApiHealth(String status, LocalDateTime timestamp) {
    }

    record Info(String apiVersion, String appVersion, String documentationUrl, Map<String, String> endpoints,
            List<String> routes) {
    }

    private final String version;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JakartarsServiceRuntime runtime;

    @Activate
    public ApiResource(BundleContext context) {
        this.version = Versions.display(context.getBundle().getVersion());
    }

    @GET
    @Path("health")
    public ApiHealth health() {
        return new ApiHealth("healthy", LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS));
    }

    @GET
    @Path("info")
    public Info info() {
        JakartarsServiceRuntime current = runtime;
        Endpoints endpoints = Endpoints.of(current == null ? null : current.getRuntimeDTO(), StintApi.APPLICATION_NAME);
        return new Info(API_VERSION, version, DOCUMENTATION_URL, endpoints.groups(), endpoints.routes());
    }
}
