package io.stint.security.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.PageRequest;
import io.stint.security.api.UserDirectory;
import io.stint.security.api.UserSummary;
import io.stint.store.api.Migrations;
import io.stint.store.api.Transactions;

/** Users in {@code SECURITY_USERS}: validation, password hashes, and the cached directory other modules read. */
@Component(service = { UserService.class, UserDirectory.class }, configurationPid = SecurityConfig.PID)
@Migrations
public final class UserService implements UserDirectory {

    private static final String COLUMNS =
            "ID, USERNAME, EMAIL, FULL_NAME, ROLE, IS_ACTIVE, TIMEZONE, PASSWORD_HASH IS NOT NULL, CREATED_AT";
    /** Checked against when the user does not exist, so a miss costs as long as a wrong password. */
    private static final String DUMMY_HASH = new Passwords(4).hash("not a password");

    private final Transactions tx;
    private final Map<Long, UserSummary> directory = new ConcurrentHashMap<>();
    private final List<LongConsumer> listeners = new CopyOnWriteArrayList<>();
    private volatile Passwords passwords;

    @Activate
    public UserService(@Reference Transactions tx, SecurityConfig config) {
        this(tx, config.bcrypt_cost());
    }

    UserService(Transactions tx, int bcryptCost) {
        this.tx = tx;
        this.passwords = new Passwords(bcryptCost);
    }

    @Modified
    void modified(SecurityConfig config) {
        passwords = new Passwords(config.bcrypt_cost());
    }

    /** {@code listener} learns the id of every user changed, to drop what it cached. */
    void onChange(LongConsumer listener) {
        listeners.add(listener);
    }

    void removeListener(LongConsumer listener) {
        listeners.remove(listener);
    }

    @Override
    public Optional<UserSummary> find(long id) {
        UserSummary cached = directory.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<UserSummary> found = get(id).map(User::summary);
        found.ifPresent(s -> directory.put(id, s));
        return found;
    }

    Optional<User> get(long id) {
        return tx.call(c -> one(c, "SELECT " + COLUMNS + " FROM SECURITY_USERS WHERE ID = ?", id));
    }

    Optional<User> byUsername(String username) {
        return tx.call(c -> one(c, "SELECT " + COLUMNS + " FROM SECURITY_USERS WHERE USERNAME = ?",
                username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    long count() {
        return tx.call(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM SECURITY_USERS")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Ordered by id. */
    List<User> list(PageRequest page) {
        return tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + COLUMNS + " FROM SECURITY_USERS ORDER BY ID LIMIT ? OFFSET ?")) {
                ps.setInt(1, page.perPage());
                ps.setLong(2, page.offset());
                List<User> users = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        users.add(read(rs));
                    }
                }
                return users;
            }
        });
    }

    /** The active user whose password matches, or empty: the caller cannot tell which part was wrong. */
    Optional<User> login(String username, String password) {
        String hash = tx.call(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT PASSWORD_HASH FROM SECURITY_USERS WHERE USERNAME = ? AND IS_ACTIVE")) {
                ps.setString(1, username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        boolean ok = Passwords.verify(password, hash == null ? DUMMY_HASH : hash) && hash != null;
        return ok ? byUsername(username) : Optional.empty();
    }

    /**
     * A new user. @param passwordRequired false only for the first admin, who sets one later
     * @throws ApiException 400 with field errors, nothing stored
     */
    User create(UserChange change, boolean passwordRequired) {
        UserChange normal = normalise(change);
        Map<String, List<String>> errors = UserValidation.check(normal, true);
        if (!passwordRequired && normal.password() == null) {
            errors.remove("password");
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String hash = normal.password() == null ? null : passwords.hash(normal.password());
        return tx.call(c -> {
            requireFreeUsername(c, normal.username(), -1);
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO SECURITY_USERS (USERNAME, EMAIL, FULL_NAME, ROLE,"
                    + " IS_ACTIVE, TIMEZONE, PASSWORD_HASH, CREATED_AT, UPDATED_AT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, normal.username());
                ps.setString(2, normal.email());
                ps.setString(3, normal.fullName());
                ps.setString(4, normal.role() == null ? "user" : normal.role());
                ps.setBoolean(5, normal.active() == null || normal.active());
                ps.setString(6, normal.timezone() == null ? "UTC" : normal.timezone());
                ps.setString(7, hash);
                ps.setObject(8, now.withNano(0));
                ps.setObject(9, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return one(c, "SELECT " + COLUMNS + " FROM SECURITY_USERS WHERE ID = ?", keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    /**
     * Changes the fields {@code change} names. The last active admin cannot be demoted or deactivated.
     * @throws ApiException 404 unknown user, 400 field errors
     */
    User update(long id, UserChange change) {
        UserChange normal = normalise(change);
        Map<String, List<String>> errors = UserValidation.check(normal, false);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String hash = normal.password() == null ? null : passwords.hash(normal.password());
        User updated = tx.call(c -> {
            User current = one(c, "SELECT " + COLUMNS + " FROM SECURITY_USERS WHERE ID = ?", id)
                    .orElseThrow(() -> ApiException.notFound("User"));
            if (normal.username() != null) {
                requireFreeUsername(c, normal.username(), id);
            }
            boolean losesAdmin = current.isAdmin() && current.active()
                    && ((normal.role() != null && !"admin".equals(normal.role())) || Boolean.FALSE.equals(normal.active()));
            if (losesAdmin && activeAdmins(c) <= 1) {
                throw ApiException.badRequest("last_admin", "The last active admin cannot be demoted or deactivated");
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE SECURITY_USERS SET USERNAME = COALESCE(?, USERNAME),"
                    + " EMAIL = CASE WHEN ? THEN NULL ELSE COALESCE(?, EMAIL) END,"
                    + " FULL_NAME = CASE WHEN ? THEN NULL ELSE COALESCE(?, FULL_NAME) END,"
                    + " ROLE = COALESCE(?, ROLE), IS_ACTIVE = COALESCE(?, IS_ACTIVE), TIMEZONE = COALESCE(?, TIMEZONE),"
                    + " PASSWORD_HASH = COALESCE(?, PASSWORD_HASH), UPDATED_AT = ? WHERE ID = ?")) {
                ps.setString(1, normal.username());
                ps.setBoolean(2, normal.clearEmail());
                ps.setString(3, normal.email());
                ps.setBoolean(4, normal.clearFullName());
                ps.setString(5, normal.fullName());
                ps.setString(6, normal.role());
                ps.setObject(7, normal.active());
                ps.setString(8, normal.timezone());
                ps.setString(9, hash);
                ps.setObject(10, LocalDateTime.now(ZoneOffset.UTC));
                ps.setLong(11, id);
                ps.executeUpdate();
            }
            return one(c, "SELECT " + COLUMNS + " FROM SECURITY_USERS WHERE ID = ?", id).orElseThrow();
        });
        changed(id);
        return updated;
    }

    private void changed(long id) {
        directory.remove(id);
        listeners.forEach(l -> l.accept(id));
    }

    private static UserChange normalise(UserChange c) {
        String username = c.username() == null ? null : c.username().strip().toLowerCase(java.util.Locale.ROOT);
        return new UserChange(username, c.password(), c.email(), c.clearEmail(), c.fullName(), c.clearFullName(),
                c.role(), c.active(), c.timezone());
    }

    private static void requireFreeUsername(Connection c, String username, long except) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM SECURITY_USERS WHERE USERNAME = ? AND ID <> ?")) {
            ps.setString(1, username);
            ps.setLong(2, except);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw ApiException.invalidField("username", "Username already exists.");
                }
            }
        }
    }

    private static long activeAdmins(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM SECURITY_USERS WHERE ROLE = 'admin' AND IS_ACTIVE")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Optional<User> one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static User read(ResultSet rs) throws SQLException {
        java.time.ZoneId zone = UserValidation.zone(rs.getString(7));
        return new User(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getBoolean(6), zone == null ? ZoneOffset.UTC : zone, rs.getBoolean(8),
                Times.fromStored(rs.getObject(9, LocalDateTime.class)));
    }
}
