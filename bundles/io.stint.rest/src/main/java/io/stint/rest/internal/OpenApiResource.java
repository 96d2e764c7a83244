package io.stint.rest.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import io.stint.rest.api.StintApi;

/** {@code GET /api/openapi.json}: the OpenAPI document of {@code /api/v1} as it is served right now. */
@Component(service = OpenApiResource.class)
@JakartarsResource
@JakartarsName("stint.openapi")
@Path("api/openapi.json")
public final class OpenApiResource {

    private final OpenApi openApi;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JakartarsServiceRuntime runtime;

    @Activate
    public OpenApiResource(BundleContext context) {
        String version = Versions.display(context.getBundle().getVersion());
        this.openApi = new OpenApi(StintApi.APPLICATION_NAME, StintApi.BASE, version, OpenApi.PUBLIC_PATHS,
                new ResourceAnnotations(context));
    }

    /** Generated on every request: modules come and go, and the runtime's view is cheap to read. */
    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public Response document() {
        JakartarsServiceRuntime current = runtime;
        CacheControl revalidate = new CacheControl();
        revalidate.setNoCache(true);
        return Response.ok(openApi.document(current == null ? null : current.getRuntimeDTO()))
                .cacheControl(revalidate)
                .build();
    }
}
