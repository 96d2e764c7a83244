package io.stint.security.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Owner-only key files: base64 text in an rwx------ folder, rw------- where POSIX attributes exist. */
final class KeyFiles {

    static final String PRIVATE_FOLDER = "rwx------";
    static final String PRIVATE_FILE = "rw-------";
    private static final Set<PosixFilePermission> OWNER = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
    private static final Logger LOG = LoggerFactory.getLogger(KeyFiles.class);

    private KeyFiles() {
    }

    /**
     * Writes {@code raw} to {@code file}, which must not exist yet: it is written under another name
     * and moved in, so nobody reads a half-written key.
     *
     * @throws java.nio.file.FileAlreadyExistsException when {@code file} appeared meanwhile
     */
    static void create(Path file, byte[] raw) throws IOException {
        Path folder = file.getParent();
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        Files.createDirectories(folder.getParent());
        if (posix) {
            if (Files.notExists(folder)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(PRIVATE_FOLDER)));
            }
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(PRIVATE_FOLDER));
        } else {
            Files.createDirectories(folder);
        }
        Path partial = folder.resolve(file.getFileName() + "." + UUID.randomUUID() + ".partial");
        try {
            if (posix) {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(PRIVATE_FILE)));
                Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString(PRIVATE_FILE));
            } else {
                Files.createFile(partial);
            }
            Files.writeString(partial, Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII);
            Files.move(partial, file);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The {@code length} bytes of key in {@code file}. */
    static byte[] read(Path file, int length) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                && !OWNER.containsAll(Files.getPosixFilePermissions(file))) {
            LOG.warn("{} may be read by others than its owner: chmod 600 it", file);
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != length) {
            throw new IOException("it does not hold a " + length * 8 + "-bit key in base64");
        }
        return raw;
    }
}
