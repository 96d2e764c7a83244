package io.stint.features;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feature descriptions, proven by resolution: the core resolves with any optional feature (and
 * what needs it) removed, and a feature whose providers are absent does not resolve.
 */
class FeatureRemovalTest {

    private static final Path ROOT = Path.of(System.getProperty("stint.root", "../..")).toAbsolutePath().normalize();
    private static FeatureCatalog catalog;
    private static FeatureResolver resolver;
    private static List<String> defaultRuntime;

    @BeforeAll
    static void read() throws Exception {
        catalog = FeatureCatalog.read(ROOT);
        resolver = new FeatureResolver(ROOT, catalog, Bundles.read(Path.of(System.getProperty("stint.bundles"))),
                Path.of(System.getProperty("stint.resolve.work")));
        defaultRuntime = includedFeatures(ROOT.resolve("runtime/stint.bndrun"));
    }

    @Test
    void theDefaultRuntimeResolvesWithEveryOptionalFeatureRemovedInTurn() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String removed : defaultRuntime) {
            if (!catalog.get(removed).optional()) {
                continue;
            }
            Set<String> gone = new LinkedHashSet<>(catalog.dependents(removed));
            gone.add(removed);
            List<String> kept = defaultRuntime.stream().filter(f -> !gone.contains(f)).toList();
            FeatureResolver.Result r = resolver.resolve("without-" + removed, kept, bundlesOf(gone));
            if (!r.resolved()) {
                failures.add("without " + gone + ": " + r.failure());
                continue;
            }
            for (String base : Feature.BASE) {
                for (String bsn : catalog.get(base).brings()) {
                    assertTrue(r.bundles().containsKey(bsn), "without " + gone + " the runtime still has " + bsn);
                }
            }
            for (String bsn : bundlesOf(gone)) {
                assertFalse(r.bundles().containsKey(bsn), bsn);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void theBaseAloneResolves() throws Exception {
        FeatureResolver.Result r = resolver.resolve("base", Feature.BASE, Set.of());
        assertTrue(r.resolved(), r.failure());
        assertFalse(r.bundles().containsKey("io.stint.activity"), r.bundles().keySet().toString());
    }

    @Test
    void theDefaultRuntimeWithTheWebConsoleResolves() throws Exception {
        List<String> features = new ArrayList<>(defaultRuntime);
        features.add("webconsole");
        FeatureResolver.Result r = resolver.resolve("with-webconsole", features, Set.of());
        assertTrue(r.resolved(), r.failure());
        assertTrue(r.bundles().containsKey("org.apache.felix.webconsole"));
    }

    @Test
    void aFeatureWhoseProvidersAreAbsentDoesNotResolve() throws Exception {
        List<String> unexpected = new ArrayList<>();
        for (Feature f : catalog.all()) {
            for (String needed : f.dependsOn()) {
                if (needed.equals("platform")) {
                    continue;
                }
                Set<String> gone = new LinkedHashSet<>(catalog.dependents(needed));
                gone.add(needed);
                gone.remove(f.name());
                List<String> kept = new ArrayList<>(catalog.closure(List.of(f.name())));
                kept.removeAll(gone);
                FeatureResolver.Result r = resolver.resolve(f.name() + "-without-" + needed, kept, bundlesOf(gone));
                if (r.resolved()) {
                    unexpected.add(f.name() + " resolved without " + needed);
                }
            }
        }
        assertTrue(unexpected.isEmpty(), String.join("\n", unexpected));
    }

    private static Set<String> bundlesOf(Set<String> features) {
        Set<String> out = new LinkedHashSet<>();
        features.forEach(f -> out.addAll(catalog.get(f).brings()));
        return out;
    }

    /** The features a runtime .bndrun -includes, in order. */
    static List<String> includedFeatures(Path bndrun) throws Exception {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("features/([a-z0-9-]+)/\\1\\.bndrun").matcher(Files.readString(bndrun));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
