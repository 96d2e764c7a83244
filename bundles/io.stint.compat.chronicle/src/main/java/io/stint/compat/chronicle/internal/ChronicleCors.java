package io.stint.compat.chronicle.internal;

import java.util.Locale;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsApplicationSelect;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsExtension;
import org.osgi.service.jakartars.whiteboard.propertytypes.JakartarsName;

/**
 * ChronicleCore's CORS policy: exactly the origins {@code http://127.0.0.1} and
 * {@code http://localhost} (no other port) are allowed, with its methods and the one header
 * {@code Content-Type}. Every {@code OPTIONS} request (a preflight) is answered 200 at once, with the
 * allowing headers only for an allowed origin, as ChronicleCore does.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class }, scope = ServiceScope.PROTOTYPE)
@JakartarsExtension
@JakartarsName("stint.chronicle.cors")
@JakartarsApplicationSelect(ChronicleApplication.SELECT)
@PreMatching
@Priority(Priorities.HEADER_DECORATOR)
public final class ChronicleCors implements ContainerRequestFilter, ContainerResponseFilter {

    static final Set<String> ORIGINS = Set.of("http://127.0.0.1", "http://localhost");
    static final String METHODS = "GET, POST, PUT, DELETE, OPTIONS";
    static final String HEADERS = "Content-Type";
    /** Browser extensions (ChronicleCore's own feeds /api/v1/events/ingest) send their own origin. */
    private static final Set<String> EXTENSION_SCHEMES = Set.of("chrome-extension", "moz-extension",
            "safari-web-extension");

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod())) {
            request.abortWith(Response.ok().build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add("Vary", "Origin");
        if (allows(origin)) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Allow-Methods", METHODS);
            headers.putSingle("Access-Control-Allow-Headers", HEADERS);
        }
    }

    /** Whether a page of {@code origin} may read this API's answers. */
    static boolean allows(String origin) {
        return origin != null && ORIGINS.contains(origin);
    }

    /**
     * Whether a request from {@code origin} may act as the local user without a token: one without
     * an origin (not a browser page), an allowed origin, this server's own pages (the origin names
     * the host the request was sent to), or a browser extension. Any other page gets no token-less
     * access, so it cannot make a person's browser pause their tracking or change their rules.
     */
    static boolean trustedWithoutToken(String origin, String host) {
        if (origin == null || allows(origin)) {
            return true;
        }
        String o = origin.strip().toLowerCase(Locale.ROOT);
        int scheme = o.indexOf("://");
        if (scheme > 0 && EXTENSION_SCHEMES.contains(o.substring(0, scheme))) {
            return true;
        }
        return host != null && (o.equals("http://" + host.strip().toLowerCase(Locale.ROOT))
                || o.equals("https://" + host.strip().toLowerCase(Locale.ROOT)));
    }
}
