package io.stint.rest.internal;

import static io.stint.rest.internal.StintApplication.SELECT_ALL;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;
import org.osgi.service.metatype.annotations.Designate;

import io.stint.rest.api.BodyLimit;

/**
 * Refuses request bodies over the configured size with 413, whether or not they declare a length.
 * The upload paths (bundle jars for module management) have a limit of their own; the routes behind
 * them check their own, smaller or not, after authentication.
 */
@Component(service = ContainerRequestFilter.class, scope = ServiceScope.PROTOTYPE, configurationPid = "io.stint.rest")
@Designate(ocd = RestConfig.class)
@JakartarsExtension
@JakartarsName("stint.body-limit")
@JakartarsApplicationSelect(SELECT_ALL)
@PreMatching
public final class BodyLimitFilter implements ContainerRequestFilter {

    private final long maxBytes;
    private final long maxUploadBytes;
    private final String[] uploadPaths;

    @Activate
    public BodyLimitFilter(RestConfig config) {
        this.maxBytes = config.max_body_bytes();
        this.maxUploadBytes = config.max_upload_bytes();
        this.uploadPaths = config.upload_paths() == null ? new String[0] : config.upload_paths();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        BodyLimit.enforce(request, limitFor(request.getUriInfo().getRequestUri().getPath()), Errors::tooLarge);
    }

    /** The limit for a request to {@code path}. */
    long limitFor(String path) {
        for (String upload : uploadPaths) {
            String prefix = upload.strip();
            if (!prefix.isEmpty() && path != null && (path.equals(prefix) || path.startsWith(prefix + "/"))) {
                return maxUploadBytes;
            }
        }
        return maxBytes;
    }
}
