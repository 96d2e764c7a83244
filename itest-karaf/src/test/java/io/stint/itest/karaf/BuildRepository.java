package io.stint.itest.karaf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A Maven-layout folder of this build's jars, for Karaf's pax-url as a default repository: the jars
 * the feature catalog resolved against (features/catalog/target/bundles.txt, maven-dependency-plugin's
 * list), linked under groupId/artifactId/version. Karaf then installs this worktree's Stint bundles,
 * also when a plain {@code mvn verify} installed nothing into the local repository. Runs on the
 * configuring (JUnit) side.
 */
final class BuildRepository {

    private BuildRepository() {
    }

    /** Links every jar of {@code bundlesTxt} into {@code dir} (created); returns how many. */
    static int write(Path bundlesTxt, Path dir) throws IOException {
        int count = 0;
        for (String line : Files.readAllLines(bundlesTxt)) {
            // groupId:artifactId:type[:classifier]:version:scope:/path/file.jar[ -- module ...]
            String[] parts = line.strip().split(" -- ")[0].replace("(optional)", "").strip().split(":");
            if (parts.length < 6 || !parts[2].equals("jar")) {
                continue;
            }
            boolean classified = parts.length >= 7;
            String version = classified ? parts[4] : parts[3];
            String file = parts[1] + "-" + version + (classified ? "-" + parts[3] : "") + ".jar";
            Path folder = dir.resolve(parts[0].replace('.', '/')).resolve(parts[1]).resolve(version);
            Files.createDirectories(folder);
            Path link = folder.resolve(file);
            Files.deleteIfExists(link);
            Files.createSymbolicLink(link, Path.of(parts[parts.length - 1]).toAbsolutePath());
            count++;
        }
        return count;
    }
}
