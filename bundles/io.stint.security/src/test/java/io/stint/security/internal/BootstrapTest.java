package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.stint.security.api.Caller;
import io.stint.security.api.Scopes;
import io.stint.testkit.TestDatabase;

class BootstrapTest {

    private final TestDatabase db = TestDatabase.ofModule();
    private final UserService users = new UserService(db.transactions(), 4);
    private final TokenService tokens = new TokenService(db.transactions(), users);

    @TempDir
    Path data;

    @Test
    void aGeneratedTokenIsWrittenToAnOwnerOnlyFileAndWorksAsAdmin() throws Exception {
        String file = Bootstrap.run(users, tokens, null, data);
        Path written = data.resolve(Bootstrap.FILE);
        assertEquals(written.toString(), file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(written)));
        Caller admin = tokens.authenticate(Files.readString(written).strip());
        assertNotNull(admin);
        assertTrue(admin.isAdmin());
        assertEquals(java.util.Set.of(Scopes.ADMIN_ALL), admin.scopes());
    }

    @Test
    void aGivenTokenIsUsedAndNoFileWritten() {
        String given = "tt_" + "a".repeat(32);
        assertEquals("given", Bootstrap.run(users, tokens, given, data));
        assertEquals("admin", tokens.authenticate(given).username());
        assertTrue(Files.notExists(data.resolve(Bootstrap.FILE)));
    }

    @Test
    void aMalformedGivenTokenCreatesNothing() {
        assertEquals("refused", Bootstrap.run(users, tokens, "tt_tooshort", data));
        assertEquals(0, users.count());
    }

    @Test
    void nothingHappensOnceThereAreUsers() {
        Bootstrap.run(users, tokens, null, data);
        assertEquals("exists", Bootstrap.run(users, tokens, null, data));
        assertEquals(1, users.count());
    }

    @Test
    void theFirstAdminHasNoUsablePassword() {
        Bootstrap.run(users, tokens, null, data);
        User admin = users.byUsername("admin").orElseThrow();
        assertTrue(!admin.hasPassword());
        assertTrue(users.login("admin", "").isEmpty());
    }
}
