package io.stint.rest.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Reads {@code @PermitAll} / {@code @RolesAllowed} off the class a resource service registers, so
 * the document shows each route's scope. Classes are loaded, never instantiated; results are kept
 * per service id, which the framework never reuses.
 */
final class ResourceAnnotations implements RouteAccess.Lookup {

    private static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";
    private static final String ROLES_ALLOWED = "jakarta.annotation.security.RolesAllowed";

    private final BundleContext context;
    private final Map<Long, Map<String, RouteAccess>> byService = new ConcurrentHashMap<>();

    ResourceAnnotations(BundleContext context) {
        this.context = context;
    }

    @Override
    public RouteAccess find(long serviceId, String verb, String path) {
        return byService.computeIfAbsent(serviceId, this::read).get(key(verb, path));
    }

    /** Verb and path template → access, for every resource method of {@code type}. */
    static Map<String, RouteAccess> routes(Class<?> type) {
        Map<String, RouteAccess> routes = new HashMap<>();
        Path base = type.getAnnotation(Path.class);
        for (Method method : type.getMethods()) {
            String verb = httpMethod(method);
            if (verb == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String path = PathTemplate.parse(Endpoints.join(base == null ? "" : base.value(), sub == null ? "" : sub.value())).path();
            RouteAccess access = access(method);
            routes.put(key(verb, path), access != null ? access : access(type) != null ? access(type) : RouteAccess.TOKEN);
        }
        return routes;
    }

    private Map<String, RouteAccess> read(long serviceId) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(" + Constants.SERVICE_ID + "=" + serviceId + ")");
            if (refs == null || refs.length == 0 || refs[0].getBundle() == null) {
                return Map.of();
            }
            Map<String, RouteAccess> routes = new HashMap<>();
            for (String name : (String[]) refs[0].getProperty(Constants.OBJECTCLASS)) {
                routes.putAll(routes(refs[0].getBundle().loadClass(name)));
            }
            return routes;
        } catch (InvalidSyntaxException | ClassNotFoundException | RuntimeException e) {
            return Map.of(); // the document then falls back to its list of public paths
        }
    }

    private static String key(String verb, String path) {
        return verb.toLowerCase(Locale.ROOT) + " " + path;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static RouteAccess access(AnnotatedElement element) {
        for (Annotation a : element.getAnnotations()) {
            String name = a.annotationType().getName();
            if (name.equals(PERMIT_ALL)) {
                return RouteAccess.PUBLIC;
            }
            if (name.equals(ROLES_ALLOWED)) {
                String[] roles = ((jakarta.annotation.security.RolesAllowed) a).value();
                return roles.length == 0 ? RouteAccess.TOKEN : RouteAccess.scope(roles[0]);
            }
        }
        return null;
    }
}
