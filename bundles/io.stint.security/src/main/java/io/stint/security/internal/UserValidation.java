package io.stint.security.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.stint.security.api.Caller;

/** Field checks for a new or changed user, collected as TimeTracker field errors. */
final class UserValidation {

    static final Set<String> ROLES = Set.of(Caller.ROLE_ADMIN, Caller.ROLE_USER);
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,79}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    private UserValidation() {
    }

    /** The errors of {@code change}; for a new user the username and password are required. */
    static Map<String, List<String>> check(UserChange change, boolean creating) {
        UserValidation v = new UserValidation();
        if (creating && change.username() == null) {
            v.error("username", "Missing data for required field.");
        } else if (change.username() != null && !USERNAME.matcher(change.username()).matches()) {
            v.error("username", "Use 2 to 80 characters: letters, digits, '.', '_', '@' or '-'.");
        }
        if (creating && change.password() == null) {
            v.error("password", "Missing data for required field.");
        } else if (change.password() != null && Passwords.problem(change.password()) != null) {
            v.error("password", Passwords.problem(change.password()));
        }
        if (change.email() != null && (change.email().length() > 254 || !EMAIL.matcher(change.email()).matches())) {
            v.error("email", "Not a valid email address.");
        }
        if (change.fullName() != null && change.fullName().length() > 200) {
            v.error("full_name", "Longer than maximum length 200.");
        }
        if (change.role() != null && !ROLES.contains(change.role())) {
            v.error("role", "Must be one of: admin, user.");
        }
        if (change.timezone() != null && zone(change.timezone()) == null) {
            v.error("timezone", "Not a valid IANA time zone (e.g. Europe/Berlin).");
        }
        return v.errors;
    }

    /** The zone of an IANA id (or UTC), else null. */
    static ZoneId zone(String id) {
        if (id == null || id.length() > 64) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private void error(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
