package io.stint.admin.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;
import org.osgi.service.jakartars.runtime.dto.ApplicationDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceDTO;
import org.osgi.service.jakartars.runtime.dto.ResourceMethodInfoDTO;
import org.osgi.service.jakartars.runtime.dto.RuntimeDTO;

/** The REST routes each bundle serves right now, from the whiteboard's runtime view. */
final class Routes {

    private Routes() {
    }

    /** {@code "GET /api/v1/exports"} and so on, by the id of the bundle that registered the resource. */
    static Map<Long, List<String>> byBundle(BundleContext context, JakartarsServiceRuntime runtime) {
        Map<Long, TreeSet<String>> routes = new HashMap<>();
        if (runtime == null) {
            return Map.of();
        }
        RuntimeDTO dto = runtime.getRuntimeDTO();
        List<ApplicationDTO> apps = new ArrayList<>(List.of(dto.applicationDTOs));
        if (dto.defaultApplication != null) {
            apps.add(dto.defaultApplication);
        }
        for (ApplicationDTO app : apps) {
            for (ResourceDTO resource : app.resourceDTOs) {
                Long bundle = bundleOf(context, resource.serviceId);
                if (bundle == null || resource.resourceMethods == null) {
                    continue;
                }
                for (ResourceMethodInfoDTO method : resource.resourceMethods) {
                    routes.computeIfAbsent(bundle, b -> new TreeSet<>()).add(method.method + " " + path(app.base, method.path));
                }
            }
        }
        Map<Long, List<String>> lists = new HashMap<>();
        routes.forEach((bundle, set) -> lists.put(bundle, List.copyOf(set)));
        return lists;
    }

    /** The full path of a resource method: the application's base and the method's path, one slash apart. */
    static String path(String base, String path) {
        String full = ("/" + (base == null ? "" : base) + "/" + (path == null ? "" : path)).replaceAll("/{2,}", "/")
                .replaceAll("\\{\\s*([^}:\\s]+)\\s*(:[^}]*)?}", "{$1}");
        return full.length() > 1 && full.endsWith("/") ? full.substring(0, full.length() - 1) : full;
    }

    private static Long bundleOf(BundleContext context, long serviceId) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(service.id=" + serviceId + ")");
            return refs == null || refs[0].getBundle() == null ? null : refs[0].getBundle().getBundleId();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
