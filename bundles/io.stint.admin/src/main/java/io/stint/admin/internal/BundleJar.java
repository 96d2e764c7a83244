package io.stint.admin.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.osgi.framework.Bundle;

/**
 * A jar rebuilt from a bundle's current content, entry by entry: what an update rolls back to,
 * whichever way the bundle was installed.
 */
final class BundleJar {

    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    private BundleJar() {
    }

    /** Writes the content of {@code bundle}'s current revision (not its fragments) to {@code target}. */
    static void write(Bundle bundle, Path target) throws IOException {
        List<String> paths = new ArrayList<>();
        collect(bundle, "/", paths);
        paths.remove(MANIFEST);
        paths.add(0, MANIFEST);
        try (OutputStream file = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String path : paths) {
                URL entry = bundle.getEntry(path);
                if (entry == null) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(path));
                if (!path.endsWith("/")) {
                    try (InputStream in = entry.openStream()) {
                        in.transferTo(zip);
                    }
                }
                zip.closeEntry();
            }
        }
    }

    private static void collect(Bundle bundle, String folder, List<String> paths) {
        Enumeration<String> entries = bundle.getEntryPaths(folder);
        while (entries != null && entries.hasMoreElements()) {
            String path = entries.nextElement();
            paths.add(path);
            if (path.endsWith("/")) {
                collect(bundle, path, paths);
            }
        }
    }
}
