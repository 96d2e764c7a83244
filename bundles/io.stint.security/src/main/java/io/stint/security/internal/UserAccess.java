package io.stint.security.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.stint.rest.api.ApiException;
import io.stint.rest.api.Input;
import io.stint.rest.api.PageRequest;
import io.stint.security.api.Caller;

/**
 * Who may see and change which users: an admin everyone; a user only themselves (others do not
 * exist for them), and only their name, email, time zone and password.
 */
@Component(service = UserAccess.class)
public final class UserAccess {

    static final Set<String> FIELDS = Set.of("username", "password", "email", "full_name", "role", "is_active", "timezone");
    static final Set<String> SELF_FIELDS = Set.of("password", "email", "full_name", "timezone");

    private final UserService users;

    @Activate
    public UserAccess(@Reference UserService users) {
        this.users = users;
    }

    Map<String, Object> me(Caller caller) {
        User user = users.get(caller.userId()).orElseThrow(() -> ApiException.notFound("User"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("user", Views.user(user, caller.zone()));
        Map<String, Object> requirements = new LinkedHashMap<>();
        requirements.put("require_task", false);
        requirements.put("require_description", false);
        requirements.put("description_min_length", 0);
        body.put("time_entry_requirements", requirements);
        body.put("enabled_modules", List.of());
        return body;
    }

    Map<String, Object> list(Caller caller, PageRequest page) {
        requireAdmin(caller);
        List<Map<String, Object>> items = users.list(page).stream().map(u -> Views.user(u, caller.zone())).toList();
        return page.envelope("users", items, users.count());
    }

    Map<String, Object> get(Caller caller, long id) {
        return Map.of("user", Views.user(visible(caller, id), caller.zone()));
    }

    Map<String, Object> create(Caller caller, JsonNode body) {
        requireAdmin(caller);
        UserChange change = read(body, true);
        return Views.of("message", "User created successfully", "user", Views.user(users.create(change, true), caller.zone()));
    }

    Map<String, Object> update(Caller caller, long id, JsonNode body) {
        visible(caller, id);
        if (!caller.isAdmin() && body != null && body.isObject()) {
            body.fieldNames().forEachRemaining(field -> {
                if (FIELDS.contains(field) && !SELF_FIELDS.contains(field)) {
                    throw new ApiException(403, "forbidden", "Insufficient permissions",
                            "Only an admin may change \"" + field + "\"", null);
                }
            });
        }
        User updated = users.update(id, read(body, false));
        return Views.of("message", "User updated successfully", "user", Views.user(updated, caller.zone()));
    }

    private User visible(Caller caller, long id) {
        if (id != caller.userId() && !caller.isAdmin()) {
            throw ApiException.notFound("User");
        }
        return users.get(id).orElseThrow(() -> ApiException.notFound("User"));
    }

    private static UserChange read(JsonNode body, boolean creating) {
        Input input = Input.of(body, FIELDS);
        if (creating) {
            input.require("username").require("password");
        }
        String username = input.string("username", 80);
        String password = rawString(input, body, "password");
        String email = input.string("email", 254);
        String fullName = input.string("full_name", 200);
        String role = input.choice("role", UserValidation.ROLES);
        Boolean active = input.bool("is_active");
        String timezone = input.string("timezone", 64);
        input.validate();
        return new UserChange(username, password, email, input.has("email") && email == null,
                fullName, input.has("full_name") && fullName == null, role, active, timezone);
    }

    /** Passwords are taken as sent: spaces count. */
    private static String rawString(Input input, JsonNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            input.error(field, "Not a valid string.");
            return null;
        }
        return n.asText();
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.isAdmin()) {
            throw new ApiException(403, "forbidden", "Insufficient permissions", "This requires an admin", null);
        }
    }
}
