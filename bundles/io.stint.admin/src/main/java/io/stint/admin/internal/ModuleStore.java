package io.stint.admin.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The jars of modules installed through the admin API, under {@code modules/} in the data folder:
 * the runtime starts from its own bundle set each time, and this is how an uploaded module comes
 * back after a restart.
 */
final class ModuleStore {

    private final Path folder;

    ModuleStore(Path folder) {
        this.folder = folder;
    }

    /** Keeps {@code jar} as the module {@code symbolicName}, replacing an earlier one. */
    void save(String symbolicName, Path jar) {
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, symbolicName, ".part");
            Files.copy(jar, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, file(symbolicName), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the module {@code symbolicName}. */
    void remove(String symbolicName) {
        try {
            Files.deleteIfExists(file(symbolicName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kept jars. */
    List<Path> jars() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(String symbolicName) {
        if (!symbolicName.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("not a plain symbolic name: " + symbolicName);
        }
        return folder.resolve(symbolicName + ".jar");
    }
}
