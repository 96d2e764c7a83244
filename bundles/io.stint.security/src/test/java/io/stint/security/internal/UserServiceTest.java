package io.stint.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.testkit.TestDatabase;

class UserServiceTest {

    private final TestDatabase db = TestDatabase.ofModule();
    private final UserService users = new UserService(db.transactions(), 4);

    static UserChange newUser(String username, String password) {
        return new UserChange(username, password, null, false, null, false, null, null, null);
    }

    @Test
    void aNewUserIsAnActiveUserInUtcWithTheLowercasedName() {
        User alice = users.create(newUser("Alice", "secret123"), true);
        assertEquals("alice", alice.username());
        assertEquals("user", alice.role());
        assertTrue(alice.active());
        assertEquals(ZoneId.of("UTC"), alice.zone());
        assertEquals("alice", alice.displayName());
        assertTrue(alice.id() >= 1);
    }

    @Test
    void loginSucceedsWithTheRightPasswordOnly() {
        users.create(newUser("bob", "secret123"), true);
        assertTrue(users.login("BOB", "secret123").isPresent());
        assertFalse(users.login("bob", "secret124").isPresent());
        assertFalse(users.login("nobody", "secret123").isPresent());
    }

    @Test
    void theStoredHashIsBcryptNotThePassword() {
        users.create(newUser("carol", "secret123"), true);
        String stored = db.transactions().call(c -> {
            try (var ps = c.prepareStatement("SELECT PASSWORD_HASH FROM SECURITY_USERS WHERE USERNAME = 'carol'");
                    var rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertTrue(stored.startsWith("$2b$04$"), stored);
    }

    @Test
    void badFieldsAreReportedTogetherAndNothingIsStored() {
        ApiException e = assertThrows(ApiException.class, () -> users.create(new UserChange("x y", "short", "no-at",
                false, null, false, "boss", null, "Mars/Olympus"), true));
        assertEquals(400, e.status());
        assertEquals(java.util.Set.of("username", "password", "email", "role", "timezone"), e.errors().keySet());
        assertEquals(0, users.count());
    }

    @Test
    void aTakenUsernameIsAFieldError() {
        users.create(newUser("dave", "secret123"), true);
        ApiException e = assertThrows(ApiException.class, () -> users.create(newUser("DAVE", "secret123"), true));
        assertTrue(e.errors().containsKey("username"));
        assertEquals(1, users.count());
    }

    @Test
    void anUpdateChangesOnlyWhatItNamesAndCanClearAField() {
        User erin = users.create(new UserChange("erin", "secret123", "e@example.com", false, "Erin E", false, null, null,
                "Europe/Berlin"), true);
        User updated = users.update(erin.id(), new UserChange(null, null, null, true, null, false, null, null, null));
        assertNull(updated.email());
        assertEquals("Erin E", updated.fullName());
        assertEquals(ZoneId.of("Europe/Berlin"), updated.zone());
    }

    @Test
    void theDirectoryForgetsAChangedUser() {
        User frank = users.create(newUser("frank", "secret123"), true);
        assertEquals("frank", users.find(frank.id()).orElseThrow().displayName());
        List<Long> told = new ArrayList<>();
        users.onChange(told::add);
        users.update(frank.id(), new UserChange(null, null, null, false, "Frank F", false, null, null, null));
        assertEquals("Frank F", users.find(frank.id()).orElseThrow().displayName());
        assertEquals(List.of(frank.id()), told);
    }

    @Test
    void theLastActiveAdminCannotBeDemoted() {
        User admin = users.create(new UserChange("root", "secret123", null, false, null, false, "admin", null, null), true);
        ApiException e = assertThrows(ApiException.class, () -> users.update(admin.id(),
                new UserChange(null, null, null, false, null, false, "user", null, null)));
        assertEquals(400, e.status());
        assertTrue(users.get(admin.id()).orElseThrow().isAdmin());
    }

    @Test
    void aDeactivatedUserCannotLogIn() {
        User gina = users.create(newUser("gina", "secret123"), true);
        users.update(gina.id(), new UserChange(null, null, null, false, null, false, null, false, null));
        assertFalse(users.login("gina", "secret123").isPresent());
    }

    @Test
    void usersAreListedInPagesById() {
        for (String name : List.of("u1", "u2", "u3")) {
            users.create(newUser(name, "secret123"), true);
        }
        assertEquals(List.of("u3"), users.list(PageRequest.of("2", "2")).stream().map(User::username).toList());
    }
}
