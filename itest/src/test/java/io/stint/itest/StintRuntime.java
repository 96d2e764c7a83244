package io.stint.itest;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.workingDirectory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.ops4j.pax.exam.Option;

/**
 * Boots the Stint runtime as it ships: the bundles and framework properties bnd resolved and
 * exported into runtime/target/stint.jar, with a copy of runtime/etc as configuration, a deploy/
 * folder, a data folder and a free loopback port. Runs on the configuring (JUnit) side.
 */
final class StintRuntime {

    private static final Path RUNTIME_JAR = Path.of(System.getProperty("stint.runtime.jar"));
    private static final Path ETC = Path.of(System.getProperty("stint.runtime.etc"));
    private static final Path WORK = Path.of(System.getProperty("stint.itest.work"));

    /** The admin token every test runtime starts with (io.stint.security's bootstrap token). */
    static final String TOKEN = "tt_itestBootstrapToken0123456789abc";

    private StintRuntime() {
    }

    /** A runtime with fresh folders. */
    static Option[] fresh(String name) {
        Path dir = WORK.resolve(name + "-" + UUID.randomUUID());
        return in(dir.resolve("home"), dir.resolve("data"));
    }

    /** A runtime on the given home (etc/, deploy/) and data folders; they are kept if they exist. */
    static Option[] in(Path home, Path data) {
        try {
            Files.createDirectories(home.resolve("deploy"));
            Files.createDirectories(data);
            copyEtc(home.resolve("etc"));
            List<Option> options = new ArrayList<>();
            Properties launcher = launcherProperties();
            for (String key : launcher.stringPropertyNames()) {
                if (!key.startsWith("launch.")) {
                    options.add(frameworkProperty(key).value(launcher.getProperty(key)));
                }
            }
            options.add(systemPackages(SLF4J_PACKAGES));
            options.add(frameworkProperty("org.osgi.service.http.port").value(String.valueOf(freePort())));
            options.add(frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"));
            options.add(frameworkProperty("stint.home").value(home.toString()));
            options.add(frameworkProperty("stint.data").value(data.toString()));
            options.add(frameworkProperty("felix.fileinstall.dir").value(home.resolve("etc").toString()));
            options.add(frameworkProperty("gosh.args").value("--nointeractive"));
            options.add(frameworkProperty("stint.bootstrap.token").value(TOKEN));
            for (Path jar : runtimeBundles()) {
                options.add(isFragment(jar) ? bundle(jar.toUri().toString()).noStart() : bundle(jar.toUri().toString()));
            }
            options.add(junitBundles());
            for (String key : List.of("org.ops4j.pax.url.mvn.repositories", "org.ops4j.pax.url.mvn.localRepository",
                    "org.ops4j.pax.url.mvn.useFallbackRepositories", "stint.example.jar")) {
                options.add(systemProperty(key).value(System.getProperty(key)));
            }
            options.add(workingDirectory(home.resolveSibling("pax-exam").toString()));
            options.add(cleanCaches(true));
            return options.toArray(Option[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** slf4j is on the runtime's class path (bnd -runpath) and exported by the system bundle. */
    private static final String[] SLF4J_PACKAGES = { "org.slf4j;version=2.0.17", "org.slf4j.event;version=2.0.17",
        "org.slf4j.helpers;version=2.0.17", "org.slf4j.spi;version=2.0.17" };

    private static Properties launcherProperties() throws IOException {
        try (JarFile jar = new JarFile(RUNTIME_JAR.toFile()); InputStream in = jar.getInputStream(jar.getEntry("launcher.properties"))) {
            Properties p = new Properties();
            p.load(in);
            return p;
        }
    }

    private static boolean extracted;

    /**
     * The bundles of launch.bundles, extracted from the runtime jar once per test JVM: a folder left
     * by an earlier build may hold older bundles with the same names.
     */
    private static synchronized List<Path> runtimeBundles() throws IOException {
        Path target = WORK.resolve("bundles");
        List<Path> bundles = new ArrayList<>();
        try (JarFile jar = new JarFile(RUNTIME_JAR.toFile())) {
            for (String entry : launcherProperties().getProperty("launch.bundles").split(",")) {
                Path file = target.resolve(Path.of(entry.strip()).getFileName().toString());
                if (!extracted || !Files.exists(file)) {
                    Files.createDirectories(target);
                    try (InputStream in = jar.getInputStream(jar.getEntry(entry.strip()))) {
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                bundles.add(file);
            }
        }
        extracted = true;
        return bundles;
    }

    private static boolean isFragment(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Manifest m = file.getManifest();
            return m != null && m.getMainAttributes().getValue("Fragment-Host") != null;
        }
    }

    private static void copyEtc(Path etc) throws IOException {
        Files.createDirectories(etc);
        try (Stream<Path> files = Files.list(ETC)) {
            for (Path f : files.toList()) {
                Files.copy(f, etc.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
