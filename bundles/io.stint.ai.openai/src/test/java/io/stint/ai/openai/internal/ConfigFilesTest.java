package io.stint.ai.openai.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFilesTest {

    @TempDir
    Path dir;

    @Test
    void thePlainKeyLineBecomesTheSealedOneAndEverythingElseStays() throws Exception {
        Path cfg = dir.resolve("io.stint.ai.openai.cfg");
        Files.write(cfg, List.of("# the server", "base.url=https://api.openai.com", "# the key", "api.key = sk-secret-123",
                "model=gpt-4o-mini"));
        ConfigFiles.replaceKey(cfg, "api.key", "api.key.sealed", "sealed:v1:abc");
        List<String> lines = Files.readAllLines(cfg);
        assertEquals(List.of("# the server", "base.url=https://api.openai.com", "# the key", "api.key.sealed=sealed:v1:abc",
                "model=gpt-4o-mini"), lines);
        assertFalse(Files.readString(cfg).contains("sk-secret-123"), "the plain key is gone from the disk");
    }

    @Test
    void aNewSealedKeyReplacesAnOlderOneAndIsAddedWhenAbsent() throws Exception {
        Path cfg = dir.resolve("a.cfg");
        Files.write(cfg, List.of("api.key.sealed=sealed:v1:old", "api.key=sk-new"));
        ConfigFiles.replaceKey(cfg, "api.key", "api.key.sealed", "sealed:v1:new");
        assertEquals(List.of("api.key.sealed=sealed:v1:new"), Files.readAllLines(cfg));
        Path bare = dir.resolve("b.cfg");
        Files.write(bare, List.of("model=m"));
        ConfigFiles.replaceKey(bare, "api.key", "api.key.sealed", "sealed:v1:x");
        assertEquals(List.of("model=m", "api.key.sealed=sealed:v1:x"), Files.readAllLines(bare));
    }

    @Test
    void onlyWholeKeysMatch() {
        assertEquals("api.key", ConfigFiles.keyOf("  api.key: x"));
        assertEquals("api.key.sealed", ConfigFiles.keyOf("api.key.sealed=y"));
        assertEquals(null, ConfigFiles.keyOf("# api.key=z"));
        assertTrue(ConfigFiles.keyOf("api.keys=1").equals("api.keys"));
    }
}
