package io.stint.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jakartars.runtime.JakartarsServiceRuntime;

import io.stint.rest.api.ApiException;

/**
 * Stint's modules as the admin API shows them: every {@code io.stint.*} bundle and every bundle
 * installed through the API or from {@code deploy/}, with its state, feature, provider services
 * and the routes it serves right now.
 */
@Component(service = ModuleView.class)
public final class ModuleView {

    /** Where an upload's location starts; the rest is its symbolic name. */
    static final String UPLOAD_LOCATION = "stint-admin:";
    private static final String FEATURES = "OSGI-INF/stint/features/";

    private final BundleContext context;
    private final FeatureMap features;
    private final Path deploy;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile JakartarsServiceRuntime runtime;

    @Activate
    public ModuleView(BundleContext context) {
        this.context = context;
        this.features = FeatureMap.read(path -> text(context.getBundle().getEntry(FEATURES + path)));
        String home = context.getProperty("stint.home");
        this.deploy = home == null ? null : Path.of(home, "deploy").toAbsolutePath().normalize();
    }

    /** Every module, by bundle id. */
    List<Map<String, Object>> list() {
        Map<Long, List<String>> routes = Routes.byBundle(context, runtime);
        return Arrays.stream(context.getBundles()).filter(this::isModule).map(b -> describe(b, routes)).toList();
    }

    /** The module with bundle id {@code id}, or 404. */
    Bundle find(long id) {
        Bundle bundle = context.getBundle(id);
        if (bundle == null || !isModule(bundle) || bundle.getState() == Bundle.UNINSTALLED) {
            throw ApiException.notFound("Module");
        }
        return bundle;
    }

    /** The installed bundle named {@code symbolicName}, if any. */
    Optional<Bundle> named(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName())).findFirst();
    }

    Map<String, Object> describe(Bundle bundle) {
        return describe(bundle, Routes.byBundle(context, runtime));
    }

    boolean isModule(Bundle bundle) {
        String name = bundle.getSymbolicName();
        return (name != null && name.startsWith("io.stint.")) || !"runtime".equals(source(bundle));
    }

    /** How the bundle came: {@code upload} (this API), {@code deploy} (the deploy folder) or {@code runtime}. */
    String source(Bundle bundle) {
        String location = bundle.getLocation();
        if (location.startsWith(UPLOAD_LOCATION)) {
            return "upload";
        }
        return deployFile(bundle).isPresent() ? "deploy" : "runtime";
    }

    /** The file in the deploy folder the bundle was installed from. */
    Optional<Path> deployFile(Bundle bundle) {
        String location = bundle.getLocation();
        if (deploy == null || !location.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            Path file = Path.of(URI.create(location)).toAbsolutePath().normalize();
            return file.startsWith(deploy) ? Optional.of(file) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Map<String, Object> describe(Bundle bundle, Map<Long, List<String>> routes) {
        Map<String, Object> module = new LinkedHashMap<>();
        module.put("id", bundle.getBundleId());
        module.put("symbolic_name", bundle.getSymbolicName());
        module.put("version", bundle.getVersion().toString());
        module.put("state", state(bundle.getState()));
        module.put("feature", bundle.getSymbolicName() == null ? null : features.featureOf(bundle.getSymbolicName()).orElse(null));
        module.put("source", source(bundle));
        module.put("services", services(bundle));
        module.put("routes", routes.getOrDefault(bundle.getBundleId(), List.of()));
        return module;
    }

    private List<Map<String, Object>> services(Bundle bundle) {
        List<Map<String, Object>> services = new ArrayList<>();
        ServiceReference<?>[] refs = bundle.getState() == Bundle.UNINSTALLED ? null : bundle.getRegisteredServices();
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            for (String type : (String[]) ref.getProperty("objectClass")) {
                Capability.ofType(type).ifPresent(capability -> {
                    Provider p = Provider.of(context, capability, ref);
                    Map<String, Object> service = new LinkedHashMap<>();
                    service.put("capability", capability.name());
                    service.put("interface", type);
                    service.put("id", p.id());
                    service.put("service_id", p.serviceId());
                    service.put("ranking", p.ranking());
                    services.add(service);
                });
            }
        }
        return services;
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> String.valueOf(state);
        };
    }

    private static String text(URL url) {
        if (url == null) {
            return "";
        }
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
