package io.stint.admin.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;

/**
 * The live providers of each capability and, where one is chosen, which: the AI helper's
 * {@code provider.target}, written through Configuration Admin (effective at once) and into its
 * {@code etc/} file (so it survives a restart).
 */
@Component(service = ProviderChoices.class)
public final class ProviderChoices {

    private static final String FILE_PROPERTY = "felix.fileinstall.filename";

    private final BundleContext context;
    private final ConfigurationAdmin cm;

    @Activate
    public ProviderChoices(BundleContext context, @Reference ConfigurationAdmin cm) {
        this.context = context;
        this.cm = cm;
    }

    /** Every capability with its providers. */
    List<Map<String, Object>> all() {
        return Capability.ALL.stream().map(this::describe).toList();
    }

    /** The capability named {@code name} with its providers, or 404. */
    Map<String, Object> get(String name) {
        return describe(capability(name));
    }

    /** Makes {@code id} the preferred provider of {@code name}; null: no preference, best ranking wins. */
    Map<String, Object> prefer(String name, String id) {
        Capability capability = capability(name);
        if (!capability.choosable()) {
            throw ApiException.badRequest("not_choosable", "Stint uses every live " + capability.name()
                    + " provider at once (or picks one per request); there is no preferred one to set.");
        }
        if (id != null) {
            List<Provider> live = providers(capability).stream().map(Lookup::provider).toList();
            Provider chosen = live.stream().filter(p -> id.equals(p.id())).findFirst().orElseThrow(() -> ApiException
                    .invalidField("preferred", "No live " + name + " provider has the id '" + id + "'; live: "
                            + String.join(", ", live.stream().map(Provider::id).toList()) + "."));
            if (chosen.idProperty() == null) {
                throw ApiException.invalidField("preferred", "The provider '" + id + "' has no " + capability.idProperty()
                        + " service property, so configuration cannot select it.");
            }
        }
        write(capability.choicePid(), capability.choiceKey(), id == null ? null : capability.filterFor(id));
        return describe(capability);
    }

    private Capability capability(String name) {
        return Capability.named(name).orElseThrow(() -> ApiException.notFound("Capability"));
    }

    private record Lookup(Provider provider, ServiceReference<?> ref) {
    }

    private List<Lookup> providers(Capability capability) {
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(capability.type(), null);
            List<Lookup> list = new ArrayList<>();
            for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
                if (ref.getBundle() != null) {
                    list.add(new Lookup(Provider.of(context, capability, ref), ref));
                }
            }
            list.sort((a, b) -> Provider.best(a.provider(), b.provider()));
            return list;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> describe(Capability capability) {
        String target = capability.choosable() ? read(capability.choicePid(), capability.choiceKey()) : null;
        Filter filter = null;
        try {
            filter = target == null || target.isBlank() ? null : FrameworkUtil.createFilter(target);
        } catch (InvalidSyntaxException e) {
            filter = null; // the consumer ignores a broken target as well as we can tell; show it as set
        }
        List<Lookup> live = providers(capability);
        Lookup chosen = null;
        if (capability.choosable()) {
            for (Lookup l : live) {
                if (filter == null || filter.match(l.ref())) {
                    chosen = l;
                    break;
                }
            }
        }
        List<Map<String, Object>> providers = new ArrayList<>();
        for (Lookup l : live) {
            Provider p = l.provider();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("bundle_id", p.bundleId());
            m.put("symbolic_name", p.symbolicName());
            m.put("service_id", p.serviceId());
            m.put("ranking", p.ranking());
            m.put("preferred", l == chosen);
            providers.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("capability", capability.name());
        out.put("interface", capability.type());
        out.put("choosable", capability.choosable());
        out.put("target", target == null || target.isBlank() ? null : target);
        out.put("preferred", chosen == null ? null : chosen.provider().id());
        out.put("providers", providers);
        return out;
    }

    private String read(String pid, String key) {
        Configuration config = existing(pid);
        Object value = config == null || config.getProperties() == null ? null : config.getProperties().get(key);
        return value == null ? null : value.toString();
    }

    private Configuration existing(String pid) {
        try {
            Configuration[] found = cm.listConfigurations("(service.pid=" + pid + ")");
            return found == null ? null : found[0];
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(String pid, String key, String value) {
        try {
            Configuration config = cm.getConfiguration(pid, "?");
            Dictionary<String, Object> properties = config.getProperties() == null ? new Hashtable<>() : config.getProperties();
            if (value == null) {
                properties.remove(key);
            } else {
                properties.put(key, value);
            }
            config.update(properties);
            Path file = file(pid, properties.get(FILE_PROPERTY));
            if (file != null) {
                String text = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
                Files.writeString(file, CfgFile.set(text, key, value), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not write the configuration " + pid, e);
        }
    }

    /** The {@code .cfg} file FileInstall read {@code pid} from, else a new one in {@code etc/}, if there is one. */
    private Path file(String pid, Object fileInstalled) {
        if (fileInstalled != null) {
            try {
                return Path.of(URI.create(fileInstalled.toString()));
            } catch (IllegalArgumentException e) {
                return Path.of(fileInstalled.toString());
            }
        }
        String home = context.getProperty("stint.home");
        Path etc = home == null ? null : Path.of(home, "etc");
        return etc != null && Files.isDirectory(etc) ? etc.resolve(pid + ".cfg") : null;
    }
}
