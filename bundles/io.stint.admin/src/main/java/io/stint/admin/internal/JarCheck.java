package io.stint.admin.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Constants;
import org.osgi.framework.Version;

import io.stint.rest.api.ApiException;

/** Reads what an uploaded jar claims to be, and refuses anything that is not an OSGi bundle. */
final class JarCheck {

    /** A bundle jar's identity as its manifest states it. */
    record Candidate(String symbolicName, Version version, boolean fragment) {
    }

    private JarCheck() {
    }

    /** The bundle {@code jar} holds; 400 {@code not_a_bundle} when it is not a jar with an OSGi R4+ manifest. */
    static Candidate of(Path jar) {
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        } catch (IOException | RuntimeException e) {
            throw notABundle("The upload is not a readable jar file.");
        }
        if (manifest == null) {
            throw notABundle("The jar has no META-INF/MANIFEST.MF.");
        }
        Attributes main = manifest.getMainAttributes();
        if (!"2".equals(trim(main.getValue(Constants.BUNDLE_MANIFESTVERSION)))) {
            throw notABundle("The jar's manifest lacks Bundle-ManifestVersion: 2; it is not an OSGi bundle.");
        }
        String name = trim(main.getValue(Constants.BUNDLE_SYMBOLICNAME));
        if (name == null || name.isEmpty()) {
            throw notABundle("The jar's manifest has no Bundle-SymbolicName.");
        }
        int semicolon = name.indexOf(';');
        String symbolicName = (semicolon < 0 ? name : name.substring(0, semicolon)).trim();
        if (!symbolicName.matches("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*")) {
            throw notABundle("The jar's Bundle-SymbolicName is not a valid symbolic name: " + symbolicName);
        }
        Version version;
        try {
            String v = trim(main.getValue(Constants.BUNDLE_VERSION));
            version = v == null || v.isEmpty() ? Version.emptyVersion : Version.parseVersion(v);
        } catch (IllegalArgumentException e) {
            throw notABundle("The jar's Bundle-Version is not a version: " + main.getValue(Constants.BUNDLE_VERSION));
        }
        return new Candidate(symbolicName, version, main.getValue(Constants.FRAGMENT_HOST) != null);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static ApiException notABundle(String message) {
        return ApiException.badRequest("not_a_bundle", message);
    }
}
