package io.stint.admin.internal;

import java.util.List;
import java.util.function.Predicate;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

import io.stint.admin.internal.ProviderChoices.Lookup;
import io.stint.rest.api.ApiException;

/**
 * Prefers one of the live providers that share an id (two {@code invoice-lines} exporters) by
 * ranking: the chosen one's DS component configuration (its PID is its {@code component.name}) gets a
 * {@code service.ranking} above the others', and the others lose the rankings configured for them.
 * DS copies configuration into the service's properties, so consumers re-order at once. The
 * {@code etc/} file holds the ranking in FileInstall's typed form ({@code I"100"}), so it is an
 * Integer again after a restart.
 */
final class Rankings {

    /** The ranking a preferred provider gets unless a competitor that is not configured here ranks higher. */
    static final int PREFERRED = 100;

    private static final String KEY = Constants.SERVICE_RANKING;
    private static final long SETTLE_MILLIS = 3_000;
    private static final String COMPONENT_NAME = "component.name";
    private static final String HEADER = """
            # Written by Stint's admin API (PUT /api/v1/admin/providers/exporter): this exporter's
            # service.ranking, which makes it the one used for its id. FileInstall reads the values here
            # as typed (I"100" is an Integer) only while every value in the file is typed: write any
            # other key the same way (key="text", key=B"true").
            """;

    private final Configs configs;

    Rankings(Configs configs) {
        this.configs = configs;
    }

    /** The ranking the configuration of {@code ref}'s component sets, or null. */
    Object configured(ServiceReference<?> ref) {
        String pid = pid(ref);
        return pid == null ? null : configs.read(pid, KEY);
    }

    /**
     * Prefers the provider {@code id} of {@code bundle} (which may be left out while only one has
     * the id); {@code bundle} given as null removes the configured rankings of every provider {@code id}.
     */
    void prefer(Capability capability, List<Lookup> live, String id, boolean bundleGiven, String bundle) {
        if (id == null) {
            throw ApiException.invalidField("preferred", "Name the " + capability.name() + " id whose provider to prefer.");
        }
        List<Lookup> same = live.stream().filter(l -> id.equals(l.provider().id())).toList();
        if (same.isEmpty()) {
            throw ApiException.invalidField("preferred", "No live " + capability.name() + " has the id '" + id + "'; live: "
                    + String.join(", ", live.stream().map(l -> l.provider().id()).distinct().toList()) + ".");
        }
        if (bundleGiven && bundle == null) {
            same.forEach(this::clear);
            return;
        }
        List<Lookup> candidates = bundle == null ? same
                : same.stream().filter(l -> bundle.equals(l.provider().symbolicName())).toList();
        String bundles = String.join(", ", same.stream().map(l -> l.provider().symbolicName()).toList());
        if (candidates.isEmpty()) {
            throw ApiException.invalidField("bundle", "No live " + capability.name() + " '" + id + "' comes from the bundle '"
                    + bundle + "'; it comes from " + bundles + ".");
        }
        if (candidates.size() > 1) {
            throw ApiException.invalidField("bundle", candidates.size() + " live " + capability.name() + "s '" + id + "' come from "
                    + (bundle == null ? bundles + "; name the bundle of the one to prefer." : "that bundle; they cannot be told apart."));
        }
        Lookup chosen = candidates.get(0);
        String pid = pid(chosen.ref());
        if (pid == null) {
            throw ApiException.invalidField("bundle", "The " + capability.name() + " '" + id + "' of "
                    + chosen.provider().symbolicName() + " is not a DS component, so configuration cannot rank it.");
        }
        long ranking = PREFERRED;
        for (Lookup other : same) {
            if (other == chosen) {
                continue;
            }
            if (configured(other.ref()) != null) {
                clear(other); // back to the ranking its component declares
            } else {
                ranking = Math.max(ranking, other.provider().ranking() + 1L);
            }
        }
        if (ranking > Integer.MAX_VALUE) {
            throw ApiException.conflict("cannot_outrank", "Another " + capability.name() + " '" + id
                    + "' has the highest possible service.ranking.");
        }
        configs.write(pid, KEY, (int) ranking, "I\"" + ranking + "\"", HEADER);
        Integer set = (int) ranking;
        settle(chosen.ref(), set::equals);
    }

    private void clear(Lookup provider) {
        String pid = pid(provider.ref());
        Object was = pid == null ? null : configs.read(pid, KEY);
        if (was != null) {
            configs.write(pid, KEY, null, null, HEADER);
            settle(provider.ref(), value -> !was.equals(value));
        }
    }

    /**
     * Waits briefly until DS has copied the new ranking into the service's properties (Configuration
     * Admin delivers asynchronously), so the answer shows the order requests now get.
     */
    private static void settle(ServiceReference<?> ref, Predicate<Object> done) {
        long deadline = System.currentTimeMillis() + SETTLE_MILLIS;
        while (ref.getBundle() != null && System.currentTimeMillis() < deadline
                && !done.test(ref.getProperty(KEY))) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static String pid(ServiceReference<?> ref) {
        Object name = ref.getProperty(COMPONENT_NAME);
        return name == null ? null : name.toString();
    }
}
