package io.stint.rest.internal;

import java.io.InputStream;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsResource;

import io.stint.rest.api.ApiException;

/** {@code GET /api/docs}: Swagger UI on {@code /api/openapi.json}, served from the bundle, never a CDN. */
@Component(service = DocsResource.class)
@JakartarsResource
@JakartarsName("stint.docs")
@Path("api/docs")
public final class DocsResource {

    private static final CacheControl CACHE = CacheControl.valueOf("public, max-age=3600");

    private final DocsAssets assets;
    /** The files change only with the bundle, so its install/update time versions them. */
    private final String stamp;

    @Activate
    public DocsResource(BundleContext context) {
        Bundle bundle = context.getBundle();
        this.assets = new DocsAssets(bundle::getEntry);
        this.stamp = Long.toString(bundle.getLastModified(), 36);
    }

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String page(@Context UriInfo uri) {
        return DocsPage.html(uri.getBaseUri().getPath());
    }

    @GET
    @PermitAll
    @Path("{file}")
    public Response file(@PathParam("file") String file, @Context Request request) {
        DocsAssets.Asset asset = assets.find(file).orElseThrow(() -> ApiException.notFound("File"));
        EntityTag tag = new EntityTag(stamp + "-" + asset.name());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).cacheControl(CACHE).build();
        }
        StreamingOutput body = out -> {
            try (InputStream in = asset.url().openStream()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, asset.contentType())
                .tag(tag)
                .cacheControl(CACHE)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
