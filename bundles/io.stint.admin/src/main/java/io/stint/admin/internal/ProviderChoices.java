package io.stint.admin.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;

/**
 * The live providers of each capability and, where one is chosen, which: the AI helper's
 * {@code provider.target}, or an exporter's {@code service.ranking} (see {@link Rankings}), written
 * through Configuration Admin (effective at once) and into the {@code etc/} file (so it survives a
 * restart).
 */
@Component(service = ProviderChoices.class)
public final class ProviderChoices {

    private final BundleContext context;
    private final Configs configs;
    private final Rankings rankings;

    @Activate
    public ProviderChoices(BundleContext context, @Reference ConfigurationAdmin cm) {
        this.context = context;
        this.configs = new Configs(context, cm);
        this.rankings = new Rankings(configs);
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
        return prefer(name, id, false, null);
    }

    /**
     * As {@link #prefer(String, String)}; a capability chosen by ranking (exporters) prefers the
     * provider {@code id} of the bundle {@code bundle} (needed when {@code bundleGiven} and several
     * share the id; given as null it removes the preference of {@code id}).
     */
    Map<String, Object> prefer(String name, String id, boolean bundleGiven, String bundle) {
        Capability capability = capability(name);
        if (!capability.choosable()) {
            throw ApiException.badRequest("not_choosable", "Stint uses every live " + capability.name()
                    + " provider at once (or picks one per request); there is no preferred one to set.");
        }
        if (capability.byRanking()) {
            rankings.prefer(capability, providers(capability), id, bundleGiven, bundle);
            return describe(capability);
        }
        if (bundleGiven) {
            throw ApiException.invalidField("bundle", "Only a capability chosen by ranking (exporter) takes a bundle.");
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
        String target = id == null ? null : capability.filterFor(id);
        configs.write(capability.choicePid(), capability.choiceKey(), target, target, "");
        return describe(capability);
    }

    private Capability capability(String name) {
        return Capability.named(name).orElseThrow(() -> ApiException.notFound("Capability"));
    }

    /** A provider and its service reference. */
    record Lookup(Provider provider, ServiceReference<?> ref) {
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
        if (capability.choicePid() != null && !(filter == null && capability.allUnlessChosen())) {
            for (Lookup l : live) {
                if (filter == null || filter.match(l.ref())) {
                    chosen = l;
                    break;
                }
            }
        }
        List<Map<String, Object>> providers = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (Lookup l : live) {
            Provider p = l.provider();
            // chosen by ranking: the best of each id answers for it (live is best first)
            boolean preferred = capability.byRanking() ? p.id() != null && answered.add(p.id()) : l == chosen;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.id());
            m.put("bundle_id", p.bundleId());
            m.put("symbolic_name", p.symbolicName());
            m.put("service_id", p.serviceId());
            m.put("ranking", p.ranking());
            m.put("preferred", preferred);
            if (capability.byRanking()) {
                m.put("configured_ranking", rankings.configured(l.ref()));
            }
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
        Object value = configs.read(pid, key);
        return value == null ? null : value.toString();
    }
}
