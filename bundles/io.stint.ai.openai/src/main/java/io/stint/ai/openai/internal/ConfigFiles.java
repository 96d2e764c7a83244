package io.stint.ai.openai.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites one key of a {@code .cfg} file in place, comments and other lines kept, so that a secret
 * written there in plain text does not stay on disk once it is sealed.
 */
final class ConfigFiles {

    private ConfigFiles() {
    }

    /**
     * Replaces the line setting {@code plainKey} by {@code sealedKey=value} (and drops any older
     * {@code sealedKey} line); appends it when the file has neither.
     */
    static void replaceKey(Path file, String plainKey, String sealedKey, String value) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>(lines.size() + 1);
        boolean written = false;
        for (String line : lines) {
            String key = keyOf(line);
            if (plainKey.equals(key) || sealedKey.equals(key)) {
                if (!written) {
                    out.add(sealedKey + "=" + value);
                    written = true;
                }
            } else {
                out.add(line);
            }
        }
        if (!written) {
            out.add(sealedKey + "=" + value);
        }
        Path temp = Files.createTempFile(file.getParent(), ".sealing-", ".tmp");
        try {
            Files.write(temp, out, StandardCharsets.ISO_8859_1);
            PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (posix != null) {
                Files.setPosixFilePermissions(temp, posix.readAttributes().permissions());
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The key a properties line sets, or null for a comment or blank line. */
    static String keyOf(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) {
            return null;
        }
        int end = 0;
        while (end < t.length() && "=: \t".indexOf(t.charAt(end)) < 0) {
            end++;
        }
        return t.substring(0, end);
    }
}
