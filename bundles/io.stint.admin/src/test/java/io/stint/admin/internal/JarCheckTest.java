package io.stint.admin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

import io.stint.rest.api.ApiException;

class JarCheckTest {

    @TempDir
    Path dir;

    static Path jar(Path dir, Map<String, String> headers) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.forEach((k, v) -> manifest.getMainAttributes().putValue(k, v));
        Path file = Files.createTempFile(dir, "bundle", ".jar");
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return file;
    }

    private static void refused(Path file, String inMessage) {
        ApiException e = assertThrows(ApiException.class, () -> JarCheck.of(file));
        assertEquals(400, e.status());
        assertEquals("not_a_bundle", e.errorCode());
        assertTrue(e.getMessage().contains(inMessage), e.getMessage());
    }

    @Test
    void aBundleJarIsReadAsItsSymbolicNameAndVersion() throws IOException {
        JarCheck.Candidate c = JarCheck.of(jar(dir, Map.of("Bundle-ManifestVersion", "2",
                "Bundle-SymbolicName", "com.example.notes;singleton:=true", "Bundle-Version", "1.2.3.beta")));
        assertEquals("com.example.notes", c.symbolicName());
        assertEquals(new Version(1, 2, 3, "beta"), c.version());
        assertFalse(c.fragment());
    }

    @Test
    void aFragmentIsRecognised() throws IOException {
        assertTrue(JarCheck.of(jar(dir, Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "a.b",
                "Fragment-Host", "io.stint.rest"))).fragment());
    }

    @Test
    void aTextFileIsNotABundle() throws IOException {
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "hello, not a jar");
        refused(text, "not a readable jar");
    }

    @Test
    void aPlainJarWithoutOsgiHeadersIsNotABundle() throws IOException {
        refused(jar(dir, Map.of("Main-Class", "Hello")), "Bundle-ManifestVersion");
    }

    @Test
    void aJarWithoutASymbolicNameIsNotABundle() throws IOException {
        refused(jar(dir, Map.of("Bundle-ManifestVersion", "2")), "Bundle-SymbolicName");
    }

    @Test
    void aSymbolicNameWithPathCharactersIsRefused() throws IOException {
        refused(jar(dir, Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "../../etc/evil")), "not a valid symbolic name");
    }

    @Test
    void aBrokenVersionIsRefused() throws IOException {
        refused(jar(dir, Map.of("Bundle-ManifestVersion", "2", "Bundle-SymbolicName", "a.b", "Bundle-Version", "one")),
                "Bundle-Version");
    }
}
