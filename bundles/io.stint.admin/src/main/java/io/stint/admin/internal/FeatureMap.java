package io.stint.admin.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which feature each Stint bundle belongs to, read from the feature descriptors (each feature's
 * {@code .bndrun} and POM, copied into this bundle at build time). A bundle belongs to the feature
 * whose {@code -runrequires} names it; a bundle the resolver pulls in (an API bundle) to the
 * feature that names its implementation ({@code x.api} → the feature of {@code x}), else to the
 * first feature, in build order, whose POM lists it.
 */
final class FeatureMap {

    private static final Pattern IDENTITY = Pattern.compile("bnd\\.identity;\\s*id\\s*=\\s*'?([^',;\\s]+)");
    private static final Pattern DEPENDENCY = Pattern.compile(
            "<groupId>io\\.stint</groupId>\\s*<artifactId>(io\\.stint\\.[^<\\s]+)</artifactId>");
    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");

    private final Map<String, String> byBundle;

    private FeatureMap(Map<String, String> byBundle) {
        this.byBundle = Map.copyOf(byBundle);
    }

    /** No feature known for any bundle. */
    static FeatureMap empty() {
        return new FeatureMap(Map.of());
    }

    /**
     * The map from the descriptors: {@code bndruns} and {@code poms} by feature name, {@code order}
     * the features as the features POM lists its modules.
     */
    static FeatureMap of(List<String> order, Map<String, String> bndruns, Map<String, String> poms) {
        Map<String, String> required = new HashMap<>();
        for (String feature : order) {
            for (String bsn : runRequires(bndruns.getOrDefault(feature, ""))) {
                required.putIfAbsent(bsn, feature);
            }
        }
        Map<String, String> byBundle = new LinkedHashMap<>(required);
        for (String feature : order) {
            Matcher m = DEPENDENCY.matcher(poms.getOrDefault(feature, ""));
            while (m.find()) {
                String bsn = m.group(1);
                String owner = bsn.endsWith(".api") ? required.get(bsn.substring(0, bsn.length() - 4)) : null;
                byBundle.putIfAbsent(bsn, owner != null ? owner : feature);
            }
        }
        return new FeatureMap(byBundle);
    }

    /**
     * The map from a features folder, {@code files} reading a path relative to it ({@code pom.xml},
     * {@code export/export.bndrun}) as text, or "" when there is no such file.
     */
    static FeatureMap read(Function<String, String> files) {
        List<String> order = modules(files.apply("pom.xml"));
        Map<String, String> bndruns = new HashMap<>();
        Map<String, String> poms = new HashMap<>();
        for (String feature : order) {
            bndruns.put(feature, files.apply(feature + "/" + feature + ".bndrun"));
            poms.put(feature, files.apply(feature + "/pom.xml"));
        }
        return of(order, bndruns, poms);
    }

    /** The feature names in the order the features POM lists its modules. */
    static List<String> modules(String featuresPom) {
        return MODULE.matcher(featuresPom).results().map(r -> r.group(1)).toList();
    }

    /** The bundle symbolic names a {@code .bndrun} fragment's {@code -runrequires} instructions name. */
    static List<String> runRequires(String bndrun) {
        java.util.Properties properties = new java.util.Properties();
        try {
            properties.load(new StringReader(bndrun));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.stringPropertyNames().stream().sorted().filter(k -> k.startsWith("-runrequires"))
                .flatMap(k -> IDENTITY.matcher(properties.getProperty(k)).results().map(r -> r.group(1))).toList();
    }

    /** The feature {@code symbolicName} belongs to, if any. */
    Optional<String> featureOf(String symbolicName) {
        return Optional.ofNullable(byBundle.get(symbolicName));
    }
}
