package io.stint.features;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The bundles the features may draw on, from maven-dependency-plugin's list (target/bundles.txt):
 * each with its Maven coordinates and, for OSGi bundles, its symbolic name and version.
 */
public record Bundles(List<Bundles.Entry> entries) {

    /** One jar: groupId, artifactId, classifier (or null), version, file; bsn/version from its manifest. */
    public record Entry(String groupId, String artifactId, String classifier, String version, Path file, String bsn,
            String bundleVersion) {

        /** The Karaf (pax-url) location of the jar. */
        public String mvnUrl() {
            return "mvn:" + groupId + "/" + artifactId + "/" + version + (classifier == null ? "" : "/jar/" + classifier);
        }
    }

    public static Bundles read(Path list) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(list)) {
            String[] parts = line.strip().split(":");
            // groupId:artifactId:type[:classifier]:version:scope:/path/file.jar (a module name may follow " -- ")
            if (parts.length < 6 || !parts[2].equals("jar")) {
                continue;
            }
            String path = parts[parts.length - 1].split(" -- ")[0].replace("(optional)", "").strip();
            boolean classified = parts.length >= 7;
            String classifier = classified ? parts[3] : null;
            String version = classified ? parts[4] : parts[3];
            Path file = Path.of(path);
            String bsn = null;
            String bundleVersion = null;
            try (JarFile jar = new JarFile(file.toFile())) {
                Manifest m = jar.getManifest();
                if (m != null && m.getMainAttributes().getValue("Bundle-SymbolicName") != null) {
                    bsn = m.getMainAttributes().getValue("Bundle-SymbolicName").split(";")[0].strip();
                    String v = m.getMainAttributes().getValue("Bundle-Version");
                    bundleVersion = v == null ? "0.0.0" : v.strip();
                }
            }
            entries.add(new Entry(parts[0], parts[1], classifier, version, file, bsn, bundleVersion));
        }
        return new Bundles(List.copyOf(entries));
    }

    public List<java.io.File> files() {
        return entries.stream().map(e -> e.file().toFile()).toList();
    }
}
